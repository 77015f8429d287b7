using System.Text;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

/// <summary>A byte-order mark before text in another encoding, as converters and careless scripts write it (found by hostile18).</summary>
public sealed class LyingByteOrderMarkTests
{
    private const string Notice = "中共安庆市委组织部关于做好年轻干部培养工作的通知\n各县（市、区）委组织部：现就有关事项通知如下。\n中共安庆市委组织部\n2023年5月8日";

    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF], Utf16LeMark = [0xFF, 0xFE], Utf16BeMark = [0xFE, 0xFF];

    private static byte[] Gbk(string text) => Encoding.GetEncoding("GB18030").GetBytes(text);

    public static TheoryData<string, byte[], byte[], string> Lies() => new()
    {
        { "a UTF-8 mark on GBK", Utf8Mark, Gbk(Notice), "gb18030" },
        { "a UTF-8 mark on UTF-16", Utf8Mark, Encoding.Unicode.GetBytes(Notice), "utf-16le" },
        { "a UTF-16LE mark on UTF-8", Utf16LeMark, Encoding.UTF8.GetBytes(Notice + "\n"), "utf-8" },
        { "a UTF-16BE mark on UTF-8", Utf16BeMark, Encoding.UTF8.GetBytes(Notice + "\n"), "utf-8" },
        { "a UTF-16LE mark on GBK", Utf16LeMark, Gbk(Notice), "gb18030" },
        // ASCII read as UTF-16 is ideographs (Pa as 慐): the mark's reading passed as Chinese.
        { "a UTF-16LE mark on English UTF-8", Utf16LeMark, Encoding.UTF8.GetBytes("Party building bulletin, issue 8 of 2023: notice on training young cadres.\n"), "utf-8" },
    };

    [Theory]
    [MemberData(nameof(Lies))]
    public void Bytes_that_belie_their_mark_read_as_they_are(string lie, byte[] mark, byte[] text, string encoding)
    {
        var read = DocumentReader.Read("notice.txt", (byte[])[.. mark, .. text]);

        Assert.True(encoding == read.Encoding, lie);
        Assert.Equal(DocumentReader.Read("notice.txt", text).Text, read.Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void A_mark_its_bytes_bear_out_decides(string encoding)
    {
        var wide = Encoding.GetEncoding(encoding);
        // Chinese alone, without one ASCII character (no zero byte), is still read in the mark's encoding.
        foreach (var text in (string[])[Notice, "关于做好年轻干部培养工作的通知"])
        {
            var read = DocumentReader.Read("notice.txt", (byte[])[.. wide.GetPreamble(), .. wide.GetBytes(text)]);

            Assert.Equal(encoding, read.Encoding);
            Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), read.Text.Replace("\n", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Bytes_that_read_in_no_encoding_are_refused_naming_the_mark()
    {
        byte[] garbage = [.. Utf8Mark, .. Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x80 + i % 64 : 0x01 + i % 20))];

        var refused = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("notice.txt", garbage));

        Assert.Contains("utf-8 byte-order mark", refused.Message, StringComparison.Ordinal);
    }
}
