using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Indexer.Text;

/// <summary>
/// Which runs of a .docx Word does not show, followed as the reader streams a part: hidden text (w:vanish) in the
/// run's own properties, in its character style or in its paragraph's style (a style hides what the style it is based
/// on hides, unless it says otherwise). The run's own w:vanish decides over its styles, as Word's direct formatting
/// does. What a hidden run holds (a text box anchored in it too) is hidden with it.
/// </summary>
internal sealed class DocxHiddenRuns
{
    /// <summary>Styles based on styles read at most; Word's chains are a few long, a longer one loops.</summary>
    private const int MaxBasedOn = 32;

    private readonly IReadOnlySet<string> _hidingStyles;
    private readonly string? _defaultParagraphStyle;
    /// <summary>The open runs, innermost on top: the reader's depth at each and whether it is hidden.</summary>
    private readonly Stack<(int Depth, bool Hidden)> _runs = new();
    private int _hiddenOpen;
    /// <summary>The reader's depth at the innermost run's own properties (w:r/w:rPr) while they are open, else -1.</summary>
    private int _propertiesDepth = -1;

    private DocxHiddenRuns(IReadOnlySet<string> hidingStyles, string? defaultParagraphStyle)
    {
        _hidingStyles = hidingStyles;
        _defaultParagraphStyle = defaultParagraphStyle;
    }

    /// <summary>Whether the text read now is in a hidden run.</summary>
    public bool Hides => _hiddenOpen > 0;

    /// <summary>
    /// A fresh follower for one part of the document, knowing the document's styles. Styles that cannot be read hide
    /// nothing: the text is read whole, as it was before styles were looked at, rather than refused for its styles.
    /// </summary>
    public static DocxHiddenRuns For(MainDocumentPart document)
    {
        Styles? styles;
        try
        {
            styles = document.StyleDefinitionsPart?.Styles;
        }
        catch (Exception e) when (e is System.Xml.XmlException or OpenXmlPackageException or InvalidOperationException or FileFormatException or IOException)
        {
            styles = null;
        }
        if (styles is null) return new DocxHiddenRuns(new HashSet<string>(), null);
        var byId = new Dictionary<string, Style>();
        foreach (var style in styles.Elements<Style>())
            if (style.StyleId?.Value is { } id) byId.TryAdd(id, style);
        var hiding = byId.Keys.Where(id => StyleHides(id, byId)).ToHashSet();
        var defaultParagraph = byId.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        return new DocxHiddenRuns(hiding, defaultParagraph);
    }

    /// <summary>Follows an element the reader is at, inside a paragraph whose style is given (null: the default).</summary>
    public void Read(OpenXmlReader reader, Type type, string? paragraphStyle)
    {
        if (type == typeof(Run))
        {
            if (reader.IsStartElement) Open(reader.Depth, _hidingStyles.Contains(paragraphStyle ?? _defaultParagraphStyle ?? ""));
            else if (reader.IsEndElement && _runs.TryPop(out var run) && run.Hidden) _hiddenOpen--;
            return;
        }
        if (!_runs.TryPeek(out var open)) return;
        if (type == typeof(RunProperties) && reader.Depth == open.Depth + 1)
        {
            _propertiesDepth = reader.IsStartElement ? reader.Depth : -1;
            return;
        }
        if (!reader.IsStartElement || _propertiesDepth < 0 || reader.Depth != _propertiesDepth + 1) return;
        if (type == typeof(RunStyle) && _hidingStyles.Contains(DocxReader.Value(reader) ?? "")) SetHidden(true);
        else if (type == typeof(Vanish)) SetHidden(IsOn(DocxReader.Value(reader)));
    }

    private void Open(int depth, bool hidden)
    {
        _runs.Push((depth, hidden));
        if (hidden) _hiddenOpen++;
    }

    private void SetHidden(bool hidden)
    {
        var (depth, was) = _runs.Pop();
        if (was) _hiddenOpen--;
        Open(depth, hidden);
    }

    /// <summary>Whether a style, or the nearest style it is based on that says, hides its text.</summary>
    private static bool StyleHides(string id, Dictionary<string, Style> styles)
    {
        for (var step = 0; step < MaxBasedOn && styles.TryGetValue(id, out var style); step++)
        {
            if (style.StyleRunProperties?.GetFirstChild<Vanish>() is { } vanish) return vanish.Val?.Value ?? true;
            if (style.BasedOn?.Val?.Value is not { } basedOn) return false;
            id = basedOn;
        }
        return false;
    }

    /// <summary>An on/off value as Word writes it: absent is on.</summary>
    private static bool IsOn(string? value) => value is null || !(value is "0" or "false" or "off");
}
