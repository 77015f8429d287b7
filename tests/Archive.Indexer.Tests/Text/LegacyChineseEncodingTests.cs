using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

/// <summary>
/// The real texts of corpus/real as offices in Taiwan, Hong Kong and the mainland saved them, converted with iconv and
/// given without any charset declaration: traditional-script texts in Big5, every text in GBK.
/// </summary>
public sealed class LegacyChineseEncodingTests
{
    private static IEnumerable<LabelledDocumentFile> Texts() =>
        Corpus.All.Where(d => d.File.EndsWith(".txt", StringComparison.Ordinal) && !d.File.EndsWith(".gb.txt", StringComparison.Ordinal))
            .Select(d => new LabelledDocumentFile($"{d.Folder}/{d.File}", d.Path, d.Labels["traditional"] is JsonValue flag && flag.GetValue<bool>()));

    public static TheoryData<string> TraditionalTexts() => [.. Texts().Where(t => t.Traditional).Select(t => t.Name)];

    public static TheoryData<string> AllTexts() => [.. Texts().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TraditionalTexts))]
    public void Traditional_text_in_Big5_reads_as_Big5(string file) => ReadsAs(file, "BIG5", "big5");

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void Text_in_GBK_stays_GBK(string file) => ReadsAs(file, "GBK", "gb18030");

    /// <summary>The file converted to <paramref name="charset"/> (iconv) reads as <paramref name="encoding"/>, to the text iconv decodes.</summary>
    private static void ReadsAs(string file, string charset, string encoding)
    {
        var bytes = Iconv("UTF-8", charset, File.ReadAllBytes(PathOf(file)));

        var text = DocumentReader.Read("issue.txt", bytes);

        Assert.Equal(encoding, text.Encoding);
        Assert.Equal(DocumentReader.Read("issue.txt", Iconv(charset, "UTF-8", bytes)).Text, text.Text);
    }

    [Fact]
    public void A_Big5_page_without_a_charset_declaration_reads_as_Big5()
    {
        const string page = "<html><head><title>組織部通知</title></head><body><h1>關於做好幹部教育培訓工作的通知</h1><p>各縣區委組織部：請認真組織學習。</p></body></html>";

        var text = DocumentReader.Read("page.html", Iconv("UTF-8", "BIG5", Encoding.UTF8.GetBytes(page)));

        Assert.Equal(["關於做好幹部教育培訓工作的通知", "各縣區委組織部：請認真組織學習。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_Big5_page_declaring_gbk_is_read_as_the_Big5_it_is_not_refused_as_binary()
    {
        // Read as declared, its bytes were GBK's private use and mojibake, and the page was refused as binary content.
        const string page = "<html><head><meta charset=\"gbk\"></head><body><p>關於做好幹部工作的通知，各縣區委組織部要認真落實。</p></body></html>";

        var text = DocumentReader.Read("page.html", Iconv("UTF-8", "BIG5", Encoding.UTF8.GetBytes(page)));

        Assert.Equal(("big5", "關於做好幹部工作的通知，各縣區委組織部要認真落實。"), (text.Encoding, text.Text));
    }

    private static string PathOf(string file) => Texts().Single(t => t.Name == file).Path;

    /// <summary>The bytes converted by iconv; characters the target lacks are left out (-c), as a careless re-save would.</summary>
    private static byte[] Iconv(string from, string to, byte[] bytes)
    {
        var start = new ProcessStartInfo("iconv") { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "-f", from, "-t", to]) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        process.StandardInput.BaseStream.Write(bytes);
        process.StandardInput.Close();
        copy.Wait();
        process.WaitForExit();
        return output.ToArray();
    }

    private sealed record LabelledDocumentFile(string Name, string Path, bool Traditional);
}
