using Archive.Indexer.Chinese;
using Archive.Indexer.Regions;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search.Facets;

/// <summary>
/// A facet value as the index counts it and a filter selects it: read with the text fields' folding (traditional script
/// to simplified, pinyin glosses left out), so that 基層黨建 and 基层党建 are one value with one count, as 栏目:基層黨建
/// finds both; a value in simplified script is kept as written (乾县, which the text fields read as 干县, is a place:
/// see <see cref="ScriptFolding.FoldValue"/>). The stored fields, and so the result lists and the article pages, keep
/// the value as printed.
/// </summary>
internal static class FacetFolding
{
    public static string Counted(string value, ScriptFolding folding) =>
        ArticleDocument.Capped(folding.FoldValue(PinyinGlossCharFilter.Remove(value)));

    /// <summary>A ticked value as its facet lists it; null for a region that names no path.</summary>
    public static string? Selected(FacetField field, string value, ScriptFolding folding) =>
        field == FacetField.Region ? RegionPath.Normalize(Counted(value, folding)) : Counted(value, folding);

    /// <summary>What a search says of region values that are no region path: they match nothing.</summary>
    public static string NotARegion(IEnumerable<string> values) =>
        $"“{string.Join("”“", values)}”不是省、市、县三级以内的地区，没有文章属于它。";

    /// <summary>What a search says of a region no article of the archive belongs to (地区:火星, region=西藏).</summary>
    public static string NoArticlesIn(string region) => $"没有属于地区“{region}”的文章。";
}
