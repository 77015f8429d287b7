namespace Archive.Indexer.Text;

/// <summary>
/// What a PDF's objects hold outside its streams (dictionaries, arrays, strings, names, numbers), measured object by
/// object in one pass over the file's bytes before PdfPig opens it: PdfPig builds a token of some hundred bytes for each
/// it reads and some 16 bytes for each byte of a string, and reads the document's information, its catalog and each
/// page's dictionary whole, whatever keys they hold. A title of 40 MB in the document's information took the reader to
/// 632 MB and 7 s; an array of 10 million short strings (40 MB) in a page's dictionary took it past its whole heap and
/// then pdftotext past its memory, 25 s in all. Stream data (from <c>stream</c> to <c>endstream</c>: content,
/// fonts, images) and cross-reference tables are passed over, but for object streams, inflated (to
/// <see cref="PdfStreamInflation.MaxInflated"/> at most, as PdfPig would) and measured as one object: 20 KB of one
/// packing an array of 10 million numbers took the reader to 540 MB.
/// </summary>
internal static class PdfObjectSyntax
{
    /// <summary>
    /// The most tokens one object may hold: a page tree's list of 50,000 pages is 150,000, a Chinese font's widths some
    /// tens of thousands.
    /// </summary>
    public const int MaxTokens = 1_000_000;

    /// <summary>The most bytes of strings and names one object may hold: a title, a note, a form field's value are short.</summary>
    public const int MaxStringBytes = 1024 * 1024;

    /// <summary>The first object past either bound, in words, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> pdf) => Find(pdf, objectStream: null);

    /// <param name="objectStream">The object stream whose inflated objects <paramref name="pdf"/> are, or null for the file.</param>
    private static string? Find(ReadOnlySpan<byte> pdf, string? objectStream)
    {
        var tokens = 0;
        long strings = 0;
        var (number, generation) = (0L, 0L); // the last two numbers read: an object's number and generation before obj
        var measured = objectStream ?? "what precedes the first object";
        var dictionary = 0; // where the object being measured starts: a stream's dictionary is read from there
        for (var at = 0; at < pdf.Length;)
        {
            var b = pdf[at];
            if (IsWhiteSpace(b))
            {
                at++;
                continue;
            }
            var from = at;
            switch (b)
            {
                case (byte)'%':
                    at = LineEnd(pdf, at);
                    continue;
                case (byte)'(':
                    at = LiteralEnd(pdf, at);
                    strings += at - from;
                    break;
                case (byte)'<' when at + 1 < pdf.Length && pdf[at + 1] == '<':
                case (byte)'>' when at + 1 < pdf.Length && pdf[at + 1] == '>':
                    at += 2;
                    break;
                case (byte)'<':
                    var close = pdf[at..].IndexOf((byte)'>');
                    at = close < 0 ? pdf.Length : at + close + 1;
                    strings += (at - from) / 2;
                    break;
                case (byte)'/':
                    at = WordEnd(pdf, at + 1);
                    strings += at - from;
                    break;
                default:
                    if (IsDelimiter(b))
                    {
                        at++;
                        break;
                    }
                    at = WordEnd(pdf, at);
                    var word = pdf[from..at];
                    if (word.SequenceEqual("stream"u8) || word.SequenceEqual("xref"u8))
                    {
                        // A stream's data, or a table of offsets: what follows to its end is no object's syntax.
                        var end = pdf[at..].IndexOf(word[0] == 's' ? "endstream"u8 : "trailer"u8);
                        if (end < 0) return null;
                        if (word[0] == 's' && objectStream is null && IsObjectStream(pdf[dictionary..from])
                            && Packed(pdf[dictionary..from], pdf[at..(at + end)], $"{measured} (an object stream)") is { } packed)
                            return packed;
                        at += end;
                        continue;
                    }
                    if (word.SequenceEqual("obj"u8) || word.SequenceEqual("endobj"u8))
                    {
                        measured = word[0] == 'o' ? $"object {number} {generation}" : "what follows an object";
                        (tokens, strings, dictionary) = (0, 0, at);
                        continue;
                    }
                    if (long.TryParse(word, out var value)) (number, generation) = (generation, value);
                    break;
            }
            tokens++;
            if (tokens > MaxTokens)
                return $"{measured} holds more than {MaxTokens:N0} values outside any stream, more than a document's structure needs";
            if (strings > MaxStringBytes)
                return $"{measured} holds more than {MaxStringBytes / 1048576:N0} MB of strings and names outside any stream, more than a document's structure needs";
        }
        return null;
    }

    private static bool IsObjectStream(ReadOnlySpan<byte> dictionary)
    {
        var type = dictionary.IndexOf("/ObjStm"u8);
        return type >= 0 && (type + 7 == dictionary.Length || IsWhiteSpace(dictionary[type + 7]) || IsDelimiter(dictionary[type + 7]));
    }

    /// <summary>
    /// An object stream's objects measured as one: its data (after the line break that ends <c>stream</c>) decoded
    /// through the filters its dictionary names by name, into at most <see cref="PdfStreamInflation.MaxInflated"/>. A
    /// filter named by reference or none this decodes is left to PdfPig, as a damaged end is.
    /// </summary>
    private static string? Packed(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> data, string what)
    {
        if (data.StartsWith("\r\n"u8)) data = data[2..];
        else if (data.StartsWith("\n"u8) || data.StartsWith("\r"u8)) data = data[1..];
        Stream decoded = new MemoryStream(data.ToArray(), writable: false);
        var inflated = new MemoryStream();
        try
        {
            foreach (var filter in Filters(dictionary))
                decoded = PdfStreamFilters.Decoded(filter, decoded, earlyChange: 1) ?? throw new InvalidDataException();
            var buffer = new byte[81920];
            for (int read; (read = decoded.Read(buffer)) > 0;)
            {
                if (inflated.Length + read > PdfStreamInflation.MaxInflated)
                    return $"{what} inflates to more than {PdfStreamInflation.MaxInflated / 1048576:N0} MB, more than a document's structure needs";
                inflated.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            if (inflated.Length == 0) return null;
        }
        finally
        {
            decoded.Dispose();
        }
        return Find(inflated.GetBuffer().AsSpan(0, (int)inflated.Length), what);
    }

    /// <summary>The filters a stream's dictionary names: /Filter /A, or /Filter [/A /B]; none where it names them otherwise.</summary>
    private static List<string> Filters(ReadOnlySpan<byte> dictionary)
    {
        var filters = new List<string>();
        var at = dictionary.IndexOf("/Filter"u8);
        if (at < 0) return filters;
        var value = dictionary[(at + 7)..].TrimStart("\0\t\n\f\r "u8);
        var list = value.StartsWith("["u8);
        if (list)
        {
            var close = value.IndexOfAny((byte)']', (byte)'>');
            value = value[1..(close < 0 ? value.Length : close)];
        }
        while ((value = value.TrimStart("\0\t\n\f\r "u8)).StartsWith("/"u8))
        {
            var end = WordEnd(value, 1);
            filters.Add(PdfTokens.Name(System.Text.Encoding.Latin1.GetString(value[1..end])));
            value = value[end..];
            if (!list) break;
        }
        return filters;
    }

    /// <summary>Past a literal string: its parentheses nest, and a backslash escapes the byte after it.</summary>
    private static int LiteralEnd(ReadOnlySpan<byte> pdf, int at)
    {
        var depth = 0;
        for (; at < pdf.Length; at++)
        {
            switch (pdf[at])
            {
                case (byte)'\\':
                    at++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')' when --depth == 0:
                    return at + 1;
            }
        }
        return pdf.Length;
    }

    private static int LineEnd(ReadOnlySpan<byte> pdf, int at)
    {
        var end = pdf[at..].IndexOfAny((byte)'\r', (byte)'\n');
        return end < 0 ? pdf.Length : at + end;
    }

    private static int WordEnd(ReadOnlySpan<byte> pdf, int at)
    {
        while (at < pdf.Length && !IsWhiteSpace(pdf[at]) && !IsDelimiter(pdf[at])) at++;
        return at;
    }

    private static bool IsWhiteSpace(byte b) => b is 0 or (byte)'\t' or (byte)'\n' or 0x0C or (byte)'\r' or (byte)' ';

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
