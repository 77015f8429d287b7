using System.Buffers.Text;
using System.Text;

namespace Archive.Indexer.Text;

/// <summary>
/// A web archive (.mht, .mhtml): a MIME message of related parts, as Word saves a "single file web page" (which
/// government sites serve under a .doc name), as browsers save a page with its images, and as a .docx imports a chunk.
/// Its page, the first text/html part (looked for inside parts of parts too: a mail saved as .mht holds its page in an
/// alternative to its plain text), is decoded from its transfer encoding and read as HTML; the images and styles beside
/// it are not read. One pass over the bytes for each level of parts: the parts before the page are skipped by their
/// boundary lines.
/// </summary>
internal static class WebArchiveReader
{
    /// <summary>How far into the file its own headers may reach (Word's and browsers' take a few hundred bytes).</summary>
    private const int MaxHeaderBytes = 16 * 1024;

    /// <summary>The longest boundary MIME allows (RFC 2046); a longer one would make every search for it costlier.</summary>
    private const int MaxBoundaryLength = 70;

    /// <summary>How deep parts of parts are looked into (Outlook's mail saved as .mht: related, alternative, the page).</summary>
    private const int MaxDepth = 3;

    /// <summary>
    /// Whether the bytes open as a MIME message: headers that give its version and name multipart/related before their
    /// first blank line (a letter that opens "Note: …" and speaks of content types is none).
    /// </summary>
    public static bool IsWebArchive(ReadOnlySpan<byte> bytes)
    {
        var (headers, _) = Headers(WithoutByteOrderMark(bytes), 0);
        return headers is not null && Header(headers, "mime-version") is not null
            && ContentType(headers).StartsWith("multipart/related", StringComparison.OrdinalIgnoreCase);
    }

    /// <exception cref="UnreadableFileException">No page in it, or a page that cannot be decoded or read.</exception>
    public static ExtractedText Read(ReadOnlySpan<byte> bytes, HtmlReader.WorkBudget? work = null) =>
        Find(bytes, work) ?? throw new UnreadableFileException("the web archive (.mht) holds no web page (no text/html part), only images or other files");

    /// <summary>The archive's page; null when it holds none (only images or other files).</summary>
    /// <exception cref="UnreadableFileException">No MIME message of parts, or a page that cannot be decoded or read.</exception>
    public static ExtractedText? Find(ReadOnlySpan<byte> bytes, HtmlReader.WorkBudget? work = null)
    {
        bytes = WithoutByteOrderMark(bytes);
        var (headers, body) = Headers(bytes, 0);
        if (headers is null || !ContentType(headers).StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            throw new UnreadableFileException("the web archive (.mht) does not open with MIME headers naming its parts");
        return Page(bytes, body, headers, headers, work, depth: 1);
    }

    /// <summary>The first page among the parts of <paramref name="container"/>'s body, which runs from <paramref name="body"/> to the end of the bytes.</summary>
    private static ExtractedText? Page(ReadOnlySpan<byte> bytes, int body, List<KeyValuePair<string, string>> message,
        List<KeyValuePair<string, string>> container, HtmlReader.WorkBudget? work, int depth)
    {
        var boundary = Parameter(ContentType(container), "boundary")
            ?? throw new UnreadableFileException("the web archive (.mht) names no boundary between its parts");
        if (boundary.Length > MaxBoundaryLength)
            throw new UnreadableFileException($"the web archive (.mht) names a boundary of {boundary.Length:N0} characters between its parts; MIME allows {MaxBoundaryLength}");
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        for (var line = NextBoundary(bytes, body, delimiter); line.PartStart >= 0;)
        {
            var next = NextBoundary(bytes, line.PartStart, delimiter);
            var end = next.At < 0 ? bytes.Length : next.At;
            var (headers, content) = Headers(bytes[..end], line.PartStart);
            var type = headers is null ? "" : ContentType(headers);
            if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                var page = Decoded(bytes[content..end], Header(headers!, "content-transfer-encoding"));
                var text = HtmlReader.Read(page, work, Parameter(type, "charset"));
                var address = text.Address
                    ?? WebAddress.Read(Header(message, "snapshot-content-location") ?? Header(headers!, "content-location") ?? "");
                return text with { Address = address, Format = "mht" };
            }
            if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && depth < MaxDepth
                && Page(bytes[..end], content, message, headers!, work, depth + 1) is { } inner)
                return inner;
            line = next;
        }
        return null;
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    /// <summary>
    /// The headers that open the bytes at <paramref name="start"/>, folded lines joined, and where the content after their
    /// blank line starts; null headers for bytes that do not open with a header line.
    /// </summary>
    private static (List<KeyValuePair<string, string>>? Headers, int Content) Headers(ReadOnlySpan<byte> bytes, int start)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var limit = Math.Min(bytes.Length, start + MaxHeaderBytes);
        for (var at = start; at < limit;)
        {
            var lineEnd = bytes[at..limit].IndexOf((byte)'\n');
            if (lineEnd < 0) break;
            var line = Encoding.Latin1.GetString(bytes.Slice(at, lineEnd)).TrimEnd('\r');
            at += lineEnd + 1;
            if (line.Length == 0)
            {
                if (headers.Count == 0) continue; // a part's content may follow its boundary after a blank line
                return (headers, at);
            }
            if (line[0] is ' ' or '\t' && headers.Count > 0)
            {
                headers[^1] = new(headers[^1].Key, headers[^1].Value + " " + line.Trim());
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || !line.AsSpan(0, colon).ContainsOnlyHeaderName()) return (null, start);
            headers.Add(new(line[..colon].ToLowerInvariant(), line[(colon + 1)..].Trim()));
        }
        return (null, start);
    }

    private static bool ContainsOnlyHeaderName(this ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
        return true;
    }

    private static string? Header(List<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(h => h.Key == name).Value;

    private static string ContentType(List<KeyValuePair<string, string>> headers) => Header(headers, "content-type") ?? "";

    /// <summary>A parameter of a header value (boundary="----=_NextPart_01D5…", charset=gb2312), quoted or not.</summary>
    private static string? Parameter(string value, string name)
    {
        foreach (var parameter in value.Split(';').Skip(1))
        {
            var equals = parameter.IndexOf('=');
            if (equals < 0 || !parameter[..equals].Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            var found = parameter[(equals + 1)..].Trim().Trim('"');
            return found.Length > 0 ? found : null;
        }
        return null;
    }

    /// <summary>
    /// The next boundary line from <paramref name="from"/>: where it stands, and where the part after it starts (-1 after
    /// the closing boundary, or when there is none; At is then the end of the last part).
    /// </summary>
    private static (int At, int PartStart) NextBoundary(ReadOnlySpan<byte> bytes, int from, ReadOnlySpan<byte> delimiter)
    {
        for (var at = from; at < bytes.Length;)
        {
            var found = bytes[at..].IndexOf(delimiter);
            if (found < 0) return (-1, -1);
            var position = at + found;
            var after = position + delimiter.Length;
            at = after;
            // A boundary line holds the delimiter alone, or closes with "--": a page line that opens with it is text.
            if (position > 0 && bytes[position - 1] != (byte)'\n') continue;
            if (bytes[after..].StartsWith("--"u8)) return (position, -1);
            var lineEnd = bytes[after..].IndexOf((byte)'\n');
            var rest = lineEnd < 0 ? bytes[after..] : bytes.Slice(after, lineEnd);
            if (rest.TrimEnd(" \t\r"u8).Length > 0) continue;
            return lineEnd < 0 ? (position, -1) : (position, after + lineEnd + 1);
        }
        return (-1, -1);
    }

    private static byte[] Decoded(ReadOnlySpan<byte> content, string? transferEncoding) =>
        transferEncoding?.Trim().ToLowerInvariant() switch
        {
            "quoted-printable" => QuotedPrintable(content),
            "base64" => Base64Decoded(content),
            _ => content.ToArray(),
        };

    /// <summary>=XX is the byte XX; = at a line's end joins it to the next (a soft line break); the rest stands as written.</summary>
    private static byte[] QuotedPrintable(ReadOnlySpan<byte> content)
    {
        var decoded = new byte[content.Length];
        var length = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != (byte)'=')
            {
                decoded[length++] = content[i];
                continue;
            }
            if (SoftBreak(content, i + 1) is { } lineEnd) i = lineEnd;
            else if (i + 2 < content.Length && Hex(content[i + 1]) is { } high && Hex(content[i + 2]) is { } low)
            {
                decoded[length++] = (byte)(high * 16 + low);
                i += 2;
            }
            else decoded[length++] = content[i];
        }
        return decoded[..length];
    }

    /// <summary>Where the line ends (its \n) when only spaces and tabs stand between <paramref name="from"/> and its end; null otherwise.</summary>
    private static int? SoftBreak(ReadOnlySpan<byte> content, int from)
    {
        var at = from;
        while (at < content.Length && content[at] is (byte)' ' or (byte)'\t') at++;
        if (at < content.Length && content[at] == (byte)'\r') at++;
        return at < content.Length && content[at] == (byte)'\n' ? at : null;
    }

    private static int? Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => null,
    };

    private static byte[] Base64Decoded(ReadOnlySpan<byte> content)
    {
        var letters = new byte[content.Length];
        var length = 0;
        foreach (var b in content)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) letters[length++] = b;
        var decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(length)];
        if (Base64.DecodeFromUtf8(letters.AsSpan(0, length), decoded, out _, out var written) == System.Buffers.OperationStatus.Done)
            return decoded[..written];
        // A file cut off in its last block (a download that stopped) keeps the page it holds.
        if (Base64.DecodeFromUtf8(letters.AsSpan(0, length / 4 * 4), decoded, out _, out written) == System.Buffers.OperationStatus.Done)
            return decoded[..written];
        throw new UnreadableFileException("the web archive's (.mht) page is damaged: its base64 does not decode");
    }
}
