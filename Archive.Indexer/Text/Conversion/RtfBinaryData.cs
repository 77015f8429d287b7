namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// An RTF's raw binary data: the control word \binN is followed by N bytes taken as they are. LibreOffice reads the N
/// bytes it is told of, whatever follows: a 36-byte RTF declaring \bin1000000000 held it for its whole 20 s, one of
/// \bin10000000 for 10 s. Such a file is truncated, and is refused as such before LibreOffice is started.
/// </summary>
internal static class RtfBinaryData
{
    /// <summary>The first \bin declaring more bytes than follow it, in words, or null.</summary>
    public static string? FindTruncated(ReadOnlySpan<byte> rtf)
    {
        for (var at = 0; at < rtf.Length - 1; at++)
        {
            if (rtf[at] != '\\') continue;
            if (!rtf[(at + 1)..].StartsWith("bin"u8))
            {
                at++; // a control symbol (\\ is a backslash written as text) or another control word
                continue;
            }
            var next = at + 4;
            long declared = 0;
            var digits = 0;
            for (; next < rtf.Length && rtf[next] is >= (byte)'0' and <= (byte)'9'; next++, digits++)
                declared = Math.Min(declared * 10 + (rtf[next] - '0'), long.MaxValue / 10);
            if (digits == 0) continue; // \binary… is another word; \bin- a negative length, which reads nothing
            if (next < rtf.Length && rtf[next] == ' ') next++;
            var following = rtf.Length - next;
            if (declared > following)
                return $"its binary data (\\bin) at byte {at:N0} declares {declared:N0} bytes where {following:N0} follow";
            at = next + (int)declared - 1;
        }
        return null;
    }
}
