using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Indexer.Text;

/// <summary>
/// A .docx's styles (styles.xml) by id: what a style sets is what it says, else what the style it is based on says.
/// Styles that cannot be read set nothing: the text is read as if unstyled rather than refused for its styles.
/// </summary>
internal sealed class DocxStyles
{
    /// <summary>Styles based on styles read at most; Word's chains are a few long, a longer one loops.</summary>
    private const int MaxBasedOn = 32;

    /// <summary>Less first-line indent than half a character (in hundredths of one) or 100 twips (5 pt) does not show as one.</summary>
    private const int VisibleIndentChars = 50;
    private const int VisibleIndentTwips = 100;

    private readonly Dictionary<string, Style> _byId;
    private readonly bool? _defaultIndent;
    private readonly Dictionary<string, bool?> _indents = [], _centers = [];

    private DocxStyles(Dictionary<string, Style> byId, bool? defaultIndent)
    {
        _byId = byId;
        _defaultIndent = defaultIndent;
        DefaultParagraph = byId.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
    }

    /// <summary>The style of a paragraph that names none.</summary>
    public string? DefaultParagraph { get; }

    public IEnumerable<string> Ids => _byId.Keys;

    /// <summary>
    /// A style sheet Word writes is a few hundred KB at most, its elements a few deep. The styles are read as a tree of
    /// elements, which a larger or deeper part costs the reader its whole time budget for (a 275 KB .docx inflating to
    /// 63 MB of styles, or 100,000 nested elements, lost its text to it): such a part is read as no styles.
    /// </summary>
    private const int MaxPartCharacters = 4 * 1024 * 1024;
    private const int MaxPartDepth = 32;

    public static DocxStyles Of(MainDocumentPart document)
    {
        Styles? styles;
        try
        {
            styles = document.StyleDefinitionsPart is { } part && IsStyleSheetSized(part) ? part.Styles : null;
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidOperationException or FileFormatException or IOException)
        {
            styles = null;
        }
        var byId = new Dictionary<string, Style>();
        foreach (var style in styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id) byId.TryAdd(id, style);
        var defaults = styles?.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.Indentation;
        return new DocxStyles(byId, defaults is null ? null : FirstLineIndent(defaults.GetAttributes()));
    }

    /// <summary>Whether a part is within <see cref="MaxPartCharacters"/> and <see cref="MaxPartDepth"/>: one streamed pass, no tree.</summary>
    private static bool IsStyleSheetSized(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, MaxCharactersInDocument = MaxPartCharacters });
        try
        {
            while (reader.Read())
                if (reader.Depth > MaxPartDepth) return false;
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>What the nearest of a style and the styles it is based on says; null when none says.</summary>
    public T? Nearest<T>(string id, Func<Style, T?> says) where T : struct
    {
        for (var step = 0; step < MaxBasedOn && _byId.TryGetValue(id, out var style); step++)
        {
            if (says(style) is { } said) return said;
            if (style.BasedOn?.Val?.Value is not { } basedOn) return null;
            id = basedOn;
        }
        return null;
    }

    /// <summary>Whether a paragraph of a style (null: the default) indents its first line, when the paragraph does not say.</summary>
    public bool IndentsFirstLine(string? paragraphStyle) =>
        OfParagraph(paragraphStyle, _indents, s => s.StyleParagraphProperties?.Indentation is { } indentation ? FirstLineIndent(indentation.GetAttributes()) : null)
        ?? _defaultIndent ?? false;

    /// <summary>Whether a paragraph of a style (null: the default) is centered, when the paragraph does not say.</summary>
    public bool Centers(string? paragraphStyle) =>
        OfParagraph(paragraphStyle, _centers, s => s.StyleParagraphProperties?.Justification is { } jc ? IsCenter(jc.Val?.InnerText) : null) ?? false;

    /// <summary>
    /// What a paragraph's style (null: the default paragraph style) or the nearest it is based on says, worked out once
    /// per style: walked for each paragraph, a chain of styles of thousands of elements each (a style sheet within
    /// <see cref="MaxPartCharacters"/>) cost 4 ms a paragraph, a 3,000-paragraph .docx 13 s of a core.
    /// </summary>
    private T? OfParagraph<T>(string? paragraphStyle, Dictionary<string, T?> said, Func<Style, T?> says) where T : struct
    {
        if ((paragraphStyle ?? DefaultParagraph) is not { } id) return null;
        if (!said.TryGetValue(id, out var value)) said[id] = value = Nearest(id, says);
        return value;
    }

    /// <summary>Whether a w:jc value centers (null: it says nothing).</summary>
    public static bool? IsCenter(string? justification) => justification is null ? null : justification == "center";

    /// <summary>
    /// Whether a w:ind (its attributes) indents the first line visibly; null when it does not say (only the left or
    /// right indent). A hanging indent does not; a count in characters decides over one in twips, as in Word.
    /// </summary>
    public static bool? FirstLineIndent(IEnumerable<OpenXmlAttribute> attributes)
    {
        int? chars = null, twips = null;
        var hanging = false;
        foreach (var attribute in attributes)
        {
            var value = int.TryParse(attribute.Value, out var number) ? number : (int?)null;
            switch (attribute.LocalName)
            {
                case "firstLineChars": chars = value; break;
                case "firstLine": twips = value; break;
                case "hanging" or "hangingChars": hanging |= value > 0; break;
            }
        }
        if (hanging) return false;
        return chars is { } c && c != 0 ? c >= VisibleIndentChars : twips is { } t ? t >= VisibleIndentTwips : chars is null ? null : false;
    }
}
