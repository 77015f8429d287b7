using Lucene.Net.Analysis.CharFilters;

namespace Archive.Indexer.Chinese;

/// <summary>
/// A char filter that reads a field value whole, rewrites it once (<see cref="Filter"/>, which notes any shift of the
/// offsets with <see cref="BaseCharFilter.AddOffCorrectMap"/>) and serves the result: the tokenizers read a field value
/// whole anyway. A filter over another takes that one's result as it stands: reading it through ReadToEnd cost a
/// 4,096-character buffer, a builder and a string per text, for every snippet and title highlighted.
/// </summary>
internal abstract class WholeTextCharFilter(TextReader input) : BaseCharFilter(input)
{
    private char[] _text = [];
    private int _length = -1;
    private int _next;

    /// <summary>Writes the filtered <paramref name="text"/> into <paramref name="output"/> (as long as the text) and returns its length.</summary>
    protected abstract int Filter(ReadOnlySpan<char> text, char[] output);

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

    private void Load()
    {
        if (_length >= 0) return;
        var text = m_input is WholeTextCharFilter inner ? inner.ReadRest() : m_input.ReadToEnd().AsSpan();
        _text = new char[text.Length];
        _length = Filter(text, _text);
    }

    /// <summary>What <see cref="Read(char[], int, int)"/> would still serve, all of it, read.</summary>
    private ReadOnlySpan<char> ReadRest()
    {
        Load();
        var rest = _text.AsSpan(_next, _length - _next);
        _next = _length;
        return rest;
    }
}
