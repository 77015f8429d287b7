using DocumentFormat.OpenXml;
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

    /// <summary>A fresh follower for one part of the document, knowing the document's styles.</summary>
    public static DocxHiddenRuns For(DocxStyles styles) =>
        new(styles.Ids.Where(id => styles.Nearest(id, s => s.StyleRunProperties?.GetFirstChild<Vanish>() is { } vanish ? vanish.Val?.Value ?? true : (bool?)null) == true).ToHashSet(),
            styles.DefaultParagraph);

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

    /// <summary>An on/off value as Word writes it: absent is on.</summary>
    private static bool IsOn(string? value) => value is null || !(value is "0" or "false" or "off");
}
