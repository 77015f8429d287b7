using Archive.Indexer.Ingestion;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Tests.Abuse;

/// <summary>
/// A scanned issue's pages are checked for their size once, when the batch lists them, and read again later to name
/// the issue, recognize and keep them: by then a page may have grown, or become a link to something larger. Every
/// later read stops at the limit.
/// </summary>
public sealed class GrownFileTests : IDisposable
{
    private const long Limit = 1024;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_page_image_grown_past_the_limit_after_its_check_is_read_no_further_to_name_recognize_or_keep_the_issue()
    {
        var folder = Directory.CreateDirectory(_temp.File("scan")).FullName;
        string[] files = [Path.Combine(folder, "page-1.png"), Path.Combine(folder, "page-2.png")];
        File.WriteAllBytes(files[0], Png(100));
        File.WriteAllBytes(files[1], Png(100));
        var source = PageFolder.Source(folder, new ScannedPages(files, Limit));
        File.WriteAllBytes(files[1], Png(4 * Limit));
        var pages = new ScannedPages(files, Limit);
        using var tools = new DocumentTools(new ConversionOptions());

        Assert.Contains("over the", Assert.Throws<UnreadableFileException>(() => PageFolder.Source(folder, pages)).Message);
        var recognized = Assert.Throws<UnreadableFileException>(() => tools.Scans.ReadPages(pages, new ReadingContext("scan")));
        Assert.StartsWith("page-2.png: file is", recognized.Message);
        Assert.Null(KeptOriginals.OfPages(source, pages));
    }

    [Fact]
    public void A_page_image_changed_within_the_limit_after_the_issue_was_named_is_not_kept_as_its_original()
    {
        var folder = Directory.CreateDirectory(_temp.File("swapped")).FullName;
        string[] files = [Path.Combine(folder, "page-1.png"), Path.Combine(folder, "page-2.png")];
        File.WriteAllBytes(files[0], Png(100));
        File.WriteAllBytes(files[1], Png(100));
        var pages = new ScannedPages(files, Limit);
        var source = PageFolder.Source(folder, pages);
        Assert.NotNull(KeptOriginals.OfPages(source, pages));

        var other = Png(100);
        other[^1] = 1;
        File.WriteAllBytes(files[1], other);

        Assert.Null(KeptOriginals.OfPages(source, pages));
    }

    private static byte[] Png(long size)
    {
        var bytes = new byte[size];
        ((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']).CopyTo(bytes);
        return bytes;
    }
}
