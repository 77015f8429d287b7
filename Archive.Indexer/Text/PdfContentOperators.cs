namespace Archive.Indexer.Text;

/// <summary>
/// The operators of a content stream, one after another, lexed over its bytes without building its operands: strings,
/// names, numbers, arrays and dictionaries are skipped, comments too, and the data of an inline image (ID … EI); only the
/// length of the strings is kept.
/// </summary>
internal sealed class PdfContentOperators(ReadOnlyMemory<byte> content)
{
    public enum Operator
    {
        /// <summary>q: saves the graphics state.</summary>
        Save,
        /// <summary>Q: restores the last one saved.</summary>
        Restore,
        /// <summary>Do: draws an XObject (a form or an image) named by the operand before it.</summary>
        Draw,
        Other,
    }

    private int _at;
    private Range _name;

    /// <summary>The last name operand read (the XObject a Do draws) as read, or null.</summary>
    public string? LastName =>
        _name.Equals(default(Range)) ? null : PdfTokens.Name(System.Text.Encoding.Latin1.GetString(content.Span[_name]));

    /// <summary>The bytes of the strings among the operands of the operator <see cref="Next"/> read last, as written.</summary>
    public long StringBytes { get; private set; }

    /// <summary>The next operator, or null at the end of the stream.</summary>
    public Operator? Next()
    {
        var bytes = content.Span;
        StringBytes = 0;
        while (_at < bytes.Length)
        {
            var c = bytes[_at];
            switch (c)
            {
                case (byte)'%':
                    while (_at < bytes.Length && bytes[_at] is not ((byte)'\n' or (byte)'\r')) _at++;
                    continue;
                case (byte)'(':
                    var start = _at;
                    SkipString(bytes);
                    StringBytes += _at - start;
                    continue;
                case (byte)'<' when _at + 1 < bytes.Length && bytes[_at + 1] != '<':
                    var close = bytes[_at..].IndexOf((byte)'>');
                    StringBytes += close < 0 ? bytes.Length - _at : close + 1;
                    _at = close < 0 ? bytes.Length : _at + close + 1;
                    continue;
                case (byte)'/':
                    var nameEnd = RegularEnd(bytes, _at + 1);
                    _name = (_at + 1)..nameEnd;
                    _at = nameEnd;
                    continue;
            }
            if (IsWhiteSpace(c) || IsDelimiter(c))
            {
                _at++;
                continue;
            }
            var end = RegularEnd(bytes, _at);
            var token = bytes[_at..end];
            _at = end;
            if (IsOperand(token)) continue;
            if (token.SequenceEqual("ID"u8)) SkipInlineImage(bytes);
            return token.Length == 1 && token[0] == 'q' ? Operator.Save
                : token.Length == 1 && token[0] == 'Q' ? Operator.Restore
                : token.SequenceEqual("Do"u8) ? Operator.Draw
                : Operator.Other;
        }
        return null;
    }

    /// <summary>A literal string: balanced parentheses, a backslash escapes the byte after it.</summary>
    private void SkipString(ReadOnlySpan<byte> bytes)
    {
        var depth = 0;
        for (; _at < bytes.Length; _at++)
        {
            var c = bytes[_at];
            if (c == '\\') _at++;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0)
            {
                _at++;
                return;
            }
        }
    }

    /// <summary>An inline image's data: bytes up to an EI that white space stands before and after.</summary>
    private void SkipInlineImage(ReadOnlySpan<byte> bytes)
    {
        for (var at = _at + 1; at + 1 < bytes.Length; at++)
        {
            if (bytes[at] == 'E' && bytes[at + 1] == 'I' && IsWhiteSpace(bytes[at - 1]) && (at + 2 == bytes.Length || IsWhiteSpace(bytes[at + 2])))
            {
                _at = at + 2;
                return;
            }
        }
        _at = bytes.Length;
    }

    /// <summary>Numbers, and the keywords that are operands.</summary>
    private static bool IsOperand(ReadOnlySpan<byte> token) =>
        token[0] is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-' or (byte)'.'
        || token.SequenceEqual("true"u8) || token.SequenceEqual("false"u8) || token.SequenceEqual("null"u8);

    private static int RegularEnd(ReadOnlySpan<byte> bytes, int from)
    {
        while (from < bytes.Length && !IsWhiteSpace(bytes[from]) && !IsDelimiter(bytes[from])) from++;
        return from;
    }

    private static bool IsWhiteSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
