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
/// packing an array of 10 million numbers took the reader to 540 MB, and as much encrypted (decrypted here as PdfPig
/// decrypts it, <see cref="PdfEncryption"/>).
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
    public static string? Find(ReadOnlySpan<byte> pdf) => Find(pdf, objectStream: null, PdfEncryption.Of(pdf));

    /// <param name="objectStream">The object stream whose inflated objects <paramref name="pdf"/> are, or null for the file.</param>
    /// <param name="encryptions">The keys an object stream's data may be encrypted with (<see cref="PdfEncryption"/>): it is measured as each decrypts it.</param>
    private static string? Find(ReadOnlySpan<byte> pdf, string? objectStream, List<PdfEncryption> encryptions)
    {
        var tokens = 0;
        long strings = 0;
        var (number, generation) = (0L, 0L); // the last two numbers read: an object's number and generation before obj
        var (objectNumber, objectGeneration) = (0L, 0L); // the object's being measured, whose key decrypts its stream
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
                    if (word.SequenceEqual("xref"u8))
                    {
                        // A table of offsets: lines of digits, n and f, which a keyword alone cannot stretch over objects.
                        while (at < pdf.Length && (IsWhiteSpace(pdf[at]) || pdf[at] is >= (byte)'0' and <= (byte)'9' or (byte)'n' or (byte)'f')) at++;
                        continue;
                    }
                    if (word.SequenceEqual("stream"u8))
                    {
                        // A stream's data is no object's syntax; it ends at endstream, or where an object or a trailer starts
                        // before that (a stream keyword alone, in an object no table points to, hid every object after it from
                        // this pass, and one with no endstream the trailer PdfPig reads whole: a 40 MB title in its /Info took
                        // the reader to 963 MB). With none of them the file holds nothing more PdfPig reads.
                        var end = pdf[at..].IndexOf("endstream"u8);
                        var data = pdf[at..(end < 0 ? pdf.Length : at + end)];
                        if (Earlier(ObjectHeader(data), TrailerAt(data)) is { } next) end = next;
                        else if (end < 0) return null;
                        if (objectStream is null && Decoded(pdf[Math.Max(dictionary, from - MaxDictionaryBytes)..from]) is var streamDictionary && IsObjectStream(streamDictionary))
                        {
                            var packedData = StreamData(pdf[at..(at + end)]);
                            if (Packed(streamDictionary, packedData, $"{measured} (an object stream)") is { } packed) return packed;
                            foreach (var encryption in encryptions)
                                if (encryption.Decrypted(objectNumber, objectGeneration, packedData) is { } decrypted
                                    && Packed(streamDictionary, decrypted, $"{measured} (an encrypted object stream)") is { } packedEncrypted)
                                    return packedEncrypted;
                        }
                        at += end;
                        continue;
                    }
                    if (word.SequenceEqual("obj"u8) || word.SequenceEqual("endobj"u8) || word.SequenceEqual("trailer"u8))
                    {
                        measured = word[0] switch { (byte)'o' => $"object {number} {generation}", (byte)'t' => "the trailer", _ => "what follows an object" };
                        if (word[0] == 'o') (objectNumber, objectGeneration) = (number, generation);
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

    /// <summary>An object stream's dictionary: its type, or the two keys PdfPig unpacks one by, whatever its type says.</summary>
    private static bool IsObjectStream(ReadOnlySpan<byte> dictionary) =>
        NameAt(dictionary, "/ObjStm"u8) >= 0 || NameAt(dictionary, "/N"u8) >= 0 && NameAt(dictionary, "/First"u8) >= 0;

    /// <summary>Where a whole name stands (/Filter, not /FilterX), or -1.</summary>
    private static int NameAt(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> name)
    {
        for (var from = 0; dictionary[from..].IndexOf(name) is var at and >= 0; from += at + name.Length)
        {
            var end = from + at + name.Length;
            if (end == dictionary.Length || IsWhiteSpace(dictionary[end]) || IsDelimiter(dictionary[end])) return from + at;
        }
        return -1;
    }

    /// <summary>
    /// The most bytes before a stream keyword read as its dictionary: within the bounds an object's values and strings
    /// may take, and no copy of a whole file when the keyword stands in no object.
    /// </summary>
    private const int MaxDictionaryBytes = 2 * MaxStringBytes + 2 * MaxTokens;

    /// <summary>A dictionary's bytes with the names' escapes decoded (/Obj#53tm is /ObjStm to PdfPig), for finding keys.</summary>
    private static byte[] Decoded(ReadOnlySpan<byte> dictionary)
    {
        var decoded = new byte[dictionary.Length];
        var length = 0;
        for (var i = 0; i < dictionary.Length; i++)
        {
            if (dictionary[i] == '#' && i + 2 < dictionary.Length && byte.TryParse(dictionary.Slice(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
            {
                decoded[length++] = b;
                i += 2;
            }
            else decoded[length++] = dictionary[i];
        }
        return decoded[..length];
    }

    /// <summary>
    /// Where an object's header (12 0 obj) stands in a stream's data, or null: the stream ended before it, its length
    /// wrong or the keyword a decoy. Compressed data holds one by chance about never (digits, a space, digits, obj).
    /// </summary>
    private static int? ObjectHeader(ReadOnlySpan<byte> data)
    {
        for (var from = 0; data[from..].IndexOf("obj"u8) is var at and >= 0; from += at + 3)
        {
            var i = from + at - 1;
            var after = from + at + 3;
            if (i < 0 || !IsWhiteSpace(data[i]) || after < data.Length && !IsWhiteSpace(data[after]) && !IsDelimiter(data[after])) continue;
            while (i >= 0 && IsWhiteSpace(data[i])) i--;
            var digits = i;
            while (i >= 0 && data[i] is >= (byte)'0' and <= (byte)'9') i--;
            if (i == digits || i < 0 || !IsWhiteSpace(data[i])) continue;
            while (i >= 0 && IsWhiteSpace(data[i])) i--;
            digits = i;
            while (i >= 0 && data[i] is >= (byte)'0' and <= (byte)'9') i--;
            if (i == digits || i >= 0 && !IsWhiteSpace(data[i])) continue;
            return i + 1;
        }
        return null;
    }

    /// <summary>
    /// Where a trailer (the keyword <c>trailer</c> as a word, its dictionary's &lt;&lt; after it) starts in a stream's data,
    /// or null: a stream cut short before its file's trailer. The word alone is a page's text ((Film trailer) Tj) or metadata.
    /// </summary>
    private static int? TrailerAt(ReadOnlySpan<byte> data)
    {
        for (var from = 0; data[from..].IndexOf("trailer"u8) is var at and >= 0; from += at + 7)
        {
            var start = from + at;
            var after = start + 7;
            while (after < data.Length && IsWhiteSpace(data[after])) after++;
            if ((start == 0 || IsWhiteSpace(data[start - 1]) || IsDelimiter(data[start - 1])) && data[after..].StartsWith("<<"u8))
                return start;
        }
        return null;
    }

    private static int? Earlier(int? one, int? other) => one is { } a && other is { } b ? Math.Min(a, b) : one ?? other;

    /// <summary>
    /// An object stream's objects measured as one: its data (decrypted where the file is) decoded
    /// through the filters its dictionary names by name, into at most <see cref="PdfStreamInflation.MaxInflated"/>. A
    /// filter named by reference or none this decodes is left to PdfPig, as a damaged end is.
    /// </summary>
    private static string? Packed(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> data, string what)
    {
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
        return Find(inflated.GetBuffer().AsSpan(0, (int)inflated.Length), what, []);
    }

    /// <summary>A stream's data: what follows the line break that ends <c>stream</c>.</summary>
    private static ReadOnlySpan<byte> StreamData(ReadOnlySpan<byte> data) =>
        data.StartsWith("\r\n"u8) ? data[2..] : data.StartsWith("\n"u8) || data.StartsWith("\r"u8) ? data[1..] : data;

    /// <summary>The filters a stream's dictionary names: /Filter /A, or /Filter [/A /B]; none where it names them otherwise.</summary>
    private static List<string> Filters(ReadOnlySpan<byte> dictionary)
    {
        var filters = new List<string>();
        var at = NameAt(dictionary, "/Filter"u8);
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
