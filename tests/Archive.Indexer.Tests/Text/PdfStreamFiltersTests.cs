using System.IO.Compression;
using System.Text;
using Archive.HostileInputs;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

/// <summary>
/// The PDF filters a page's streams are measured through before PdfPig decodes them (PdfStreamInflation): each decodes
/// as the PDF reference writes it, and a page of text under each, or a chain of them, is read.
/// </summary>
public class PdfStreamFiltersTests
{
    [Theory]
    [InlineData("ASCIIHexDecode", "48 65\n6c6C6f>ignored", "Hello")]
    [InlineData("AHx", "48656", "He`")]
    [InlineData("ASCII85Decode", "9jqo^BlbD-BleB1DJ+*+F(f,q~>", "Man is distinguished")]
    [InlineData("A85", "z@:B", "\0\0\0\0ab")]
    public void A_text_filter_decodes_as_the_reference_writes_it(string filter, string encoded, string decoded) =>
        Assert.Equal(Encoding.Latin1.GetBytes(decoded), Decode(filter, Encoding.Latin1.GetBytes(encoded)));

    [Fact]
    public void Run_length_copies_and_repeats_until_its_end_mark() =>
        Assert.Equal("abcxxxx"u8.ToArray(), Decode("RunLengthDecode", [2, (byte)'a', (byte)'b', (byte)'c', 253, (byte)'x', 128, (byte)'y']));

    [Fact]
    public void Lzw_decodes_the_references_example() =>
        // PDF 32000-1, 7.4.4.2: "-----A---B" as codes 256 45 258 258 65 259 66 257.
        Assert.Equal("-----A---B"u8.ToArray(), Decode("LZWDecode", [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01]));

    [Fact]
    public void Lzw_decodes_codes_of_every_width_and_past_a_full_table()
    {
        // 9 to 12 bits and the table full: a decoder that switched width a code too late stopped early and measured a
        // bomb small.
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"第{i}期组工信息，{i * 7919 % 1000}名干部。")));

        Assert.Equal(text, Decode("LZWDecode", Lzw(text)));
    }

    [Theory]
    [InlineData("/ASCIIHexDecode")]
    [InlineData("/ASCII85Decode")]
    [InlineData("/RunLengthDecode")]
    [InlineData("/LZWDecode")]
    [InlineData("[/ASCIIHexDecode /FlateDecode]")]
    [InlineData("[/FlateDecode /FlateDecode]")]
    [InlineData("[/A85 /Fl]")]
    public void A_page_whose_content_is_under_any_text_filter_or_a_chain_of_them_is_read(string filter)
    {
        var content = Encoded(filter, "BT /F1 12 Tf 72 720 Td (ganbu) Tj ET"u8.ToArray());

        Assert.Equal("ganbu", PdfReader.Read(HostileFiles.PageOfEncodedContent(filter, content)).Text);
    }

    /// <summary>The filters' decoding of <paramref name="encoded"/>, read to its end.</summary>
    private static byte[] Decode(string filter, byte[] encoded)
    {
        using var decoded = PdfStreamFilters.Decoded(filter, new MemoryStream(encoded), earlyChange: 1)!;
        var all = new MemoryStream();
        decoded.CopyTo(all);
        return all.ToArray();
    }

    /// <summary>The content encoded by each of the filters in turn, last first (so a reader decodes them first to last).</summary>
    private static byte[] Encoded(string filters, byte[] content)
    {
        foreach (var filter in filters.Trim('[', ']').Split(' ').Reverse())
            content = filter switch
            {
                "/ASCIIHexDecode" => Encoding.ASCII.GetBytes(Convert.ToHexString(content) + ">"),
                "/ASCII85Decode" or "/A85" => Encoding.ASCII.GetBytes(Ascii85(content) + "~>"),
                "/FlateDecode" or "/Fl" => ZLib(content),
                "/RunLengthDecode" => [(byte)(content.Length - 1), .. content, 128],
                // Each byte a 9-bit code after a clear code, which adds entries the codes never use.
                "/LZWDecode" => NineBitCodes([256, .. content.Select(b => (int)b), 257]),
                _ => throw new ArgumentException(filter),
            };
        return content;
    }

    private static string Ascii85(byte[] bytes)
    {
        var text = new StringBuilder();
        for (var i = 0; i < bytes.Length; i += 4)
        {
            var group = bytes.Skip(i).Take(4).ToArray();
            var value = group.Concat(new byte[4 - group.Length]).Aggregate(0u, (v, b) => v << 8 | b);
            var digits = new char[5];
            for (var d = 4; d >= 0; d--, value /= 85) digits[d] = (char)('!' + value % 85);
            text.Append(digits, 0, group.Length + 1);
        }
        return text.ToString();
    }

    private static byte[] ZLib(byte[] bytes)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal)) zlib.Write(bytes);
        return compressed.ToArray();
    }

    private static byte[] NineBitCodes(int[] codes)
    {
        var bits = string.Concat(codes.Select(c => Convert.ToString(c, 2).PadLeft(9, '0'))).PadRight((codes.Length * 9 + 7) / 8 * 8, '0');
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }

    /// <summary>
    /// LZW as a PDF writer encodes it with EarlyChange 1 (the default): a clear code first, an entry added after each code
    /// while the table has room, and codes one bit wider once the next entry's number reaches 512, 1,024 and 2,048: one
    /// code before a decoder's table could need them, as pdf.js reads the width (log2 of its next entry and one).
    /// </summary>
    private static byte[] Lzw(byte[] data)
    {
        var table = new Dictionary<(int, byte), int>();
        var (bits, next, width, current) = (new StringBuilder(), 258, 9, -1);
        void Write(int code) => bits.Append(Convert.ToString(code, 2).PadLeft(width, '0'));
        Write(256);
        foreach (var b in data)
        {
            if (current < 0) { current = b; continue; }
            if (table.TryGetValue((current, b), out var longer)) { current = longer; continue; }
            Write(current);
            if (next < 4096) table[(current, b)] = next++;
            width = next + 1 > 2048 ? 12 : next + 1 > 1024 ? 11 : next + 1 > 512 ? 10 : 9;
            current = b;
        }
        Write(current);
        Write(257);
        var padded = bits.ToString().PadRight((bits.Length + 7) / 8 * 8, '0');
        return [.. Enumerable.Range(0, padded.Length / 8).Select(i => Convert.ToByte(padded.Substring(i * 8, 8), 2))];
    }
}
