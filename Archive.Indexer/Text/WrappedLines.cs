using System.Text;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Text;

/// <summary>
/// The lines of one paragraph as a layout wrapped them (a PDF page, a scan), joined back: without a space where
/// either side is Chinese, with one between Latin words.
/// </summary>
internal sealed class WrappedLines
{
    private readonly StringBuilder _text = new();

    public bool IsEmpty => _text.Length == 0;

    public void Add(string line)
    {
        if (line.Length == 0) return;
        if (_text.Length > 0 && !CharClass.IsCjk(_text[^1]) && !CharClass.IsCjk(line[0])) _text.Append(' ');
        _text.Append(line);
    }

    /// <summary>The paragraph so far, and a fresh start for the next.</summary>
    public string Take()
    {
        var text = _text.ToString();
        _text.Clear();
        return text;
    }
}
