namespace Archive.Indexer.Search.Facets;

/// <summary>
/// Facet values share one doc-values field, each prefixed by its dimension's code. The codes sort in
/// dimension order, so a dimension's ordinals form one contiguous range in every segment.
/// </summary>
internal static class FacetLabel
{
    public const char Separator = '\u001f';

    public static char Code(FacetField field) => (char)('a' + (int)field);

    public static string Encode(FacetField field, string value) => $"{Code(field)}{Separator}{value}";

    public static string Prefix(FacetField field) => $"{Code(field)}{Separator}";

    public static (FacetField Field, string Value)? Decode(string label)
    {
        if (label.Length < 2 || label[1] != Separator) return null;
        var field = (FacetField)(label[0] - 'a');
        return Enum.IsDefined(field) ? (field, label[2..]) : null;
    }
}
