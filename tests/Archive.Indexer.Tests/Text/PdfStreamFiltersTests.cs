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
}
