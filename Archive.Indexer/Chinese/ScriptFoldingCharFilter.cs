using Lucene.Net.Analysis;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Serves a field's text folded to simplified script (<see cref="ScriptFolding"/>). The folding keeps every
/// character's place, so offsets need no correction: the highlighter marks the characters as written.
/// </summary>
public sealed class ScriptFoldingCharFilter(TextReader input, ScriptFolding folding) : CharFilter(input)
{
    private char[] _text = [];
    private int _length = -1;
    private int _next;

    protected override int Correct(int currentOff) => currentOff;

    public override int Read(char[] buffer, int index, int count)
    {
        Load();
        var n = Math.Min(count, _length - _next);
        if (n <= 0) return 0;
        Array.Copy(_text, _next, buffer, index, n);
        _next += n;
        return n;
    }

    public override int Read()
    {
        Load();
        return _next < _length ? _text[_next++] : -1;
    }

    public override int Peek()
    {
        Load();
        return _next < _length ? _text[_next] : -1;
    }

    /// <summary>Reads the whole input once and folds it: the tokenizers read a field value whole anyway.</summary>
    private void Load()
    {
        if (_length >= 0) return;
        var text = m_input.ReadToEnd();
        _text = text.ToCharArray();
        folding.Fold(text, _text);
        _length = _text.Length;
    }
}
