using System.Text;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

/// <summary>
/// The characters GB18030's older tables map to private use are read as the characters Unicode encoded since (found by
/// hostile20: a GB18030-2022 encoder's 龴 was U+E81E, not found by 龴, and three of them refused a short notice).
/// </summary>
public sealed class Gb18030PrivateUseTests
{
    private static readonly Encoding Gb18030 = CodePages();

    [Fact]
    public void Two_byte_codes_the_older_tables_read_as_private_use_are_the_standard_characters()
    {
        // FE59 龴, FE51 𠂇 (extension B), A6D9 ︐ (a vertical comma), as GB18030-2022 encodes them; 𠮷 in four bytes.
        var bytes = Gb18030.GetBytes("关于表彰𠮷祥村党支部的通知\n姓名：").Concat(new byte[] { 0xFE, 0x59, 0xFE, 0x51, 0xA6, 0xD9 })
            .Concat(Gb18030.GetBytes("同志。\n")).ToArray();

        var text = DocumentReader.Read("notice.txt", bytes);

        Assert.Equal("gb18030", text.Encoding);
        Assert.Contains("姓名：\u9FB4\U00020087\uFE10同志。", text.Text);
        Assert.Contains("表彰𠮷祥村", text.Text);
    }

    [Fact]
    public void Those_private_use_characters_are_the_standard_ones_in_UTF_8_too()
    {
        // A file converted from GB18030 with the older tables keeps them as private use.
        var text = DocumentReader.Read("notice.txt", Encoding.UTF8.GetBytes("关于表彰先进的通知\n偏旁\uE81E与\uE843。\uE000造字不变。\n"));

        Assert.Contains("偏旁\u9FB4与\u9FB9。\uE000造字不变。", text.Text);
    }

    [Fact]
    public void A_short_utf8_text_whose_names_are_private_use_characters_is_read_not_refused_as_binary()
    {
        // A font's own characters for rare names (造字), three in a title of five characters: refused as binary, as
        // two percent of a guessed legacy reading past that is.
        var text = DocumentReader.Read("title.txt", Encoding.UTF8.GetBytes("\uE000\uE001\uE002同志\n"));

        Assert.Equal("\uE000\uE001\uE002同志", text.Text.TrimEnd());
    }

    [Fact]
    public void Bytes_read_as_gb18030_into_private_use_characters_are_still_refused_as_binary()
    {
        // GB18030's user-defined areas (AAA1..AFFE, F8A1..FEFE) are private use: where the encoding is a guess, binary.
        var bytes = Enumerable.Range(0, 200).SelectMany(i => new byte[] { 0xFE, (byte)(0xA1 + i % 90) }).ToArray();

        var e = Assert.Throws<UnreadableFileException>(() => DocumentReader.Read("data.txt", bytes));

        Assert.Contains("binary content", e.Message);
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
