using Archive.Indexer.Ingestion;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>Scans through the ingestion pipeline into a real store: a folder of pages as one issue, the recognition recorded, cancelling.</summary>
[Collection(OfficeFilesCollection.Name)]
public sealed class ScanIngestionTests(OfficeFiles files) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Scratch => _temp.File("scratch");

    private DocumentTools Tools() => new(new ConversionOptions { ScratchDirectory = Scratch });

    [Fact]
    public void A_folder_of_page_images_is_one_issue_read_in_page_order()
    {
        var folder = Directory.CreateDirectory(_temp.File("in/安庆组工信息 第8期")).FullName;
        // Ordered by name, page-10 would come before page-9: numbers in names count as numbers.
        for (var i = 0; i < files.ScanPages.Count; i++) File.WriteAllBytes(Path.Combine(folder, $"page-{i + 9}.jpg"), files.ScanPages[i]);
        using var store = ArchiveStore.Open(_temp.File("data/archive.db"));
        using var tools = Tools();
        var pipeline = IngestionPipeline.Create(store, tools: tools);

        var first = pipeline.Ingest([_temp.File("in")]);
        var again = pipeline.Ingest([_temp.File("in")]);

        var issue = Assert.Single(first);
        Assert.Equal(FileOutcomeStatus.New, issue.Status);
        Assert.Equal(folder, issue.Path);
        var document = store.GetDocument(issue.DocumentId!)!;
        Assert.Equal(("安庆组工信息", 8), (document.Series, document.IssueNumber));
        Assert.Equal(files.ScanPages.Count, document.Recognition!.RecognizedPages);
        Assert.InRange(document.Recognition.MeanConfidence, 0.8, 1);
        var text = store.GetOriginalText(issue.DocumentId!)!;
        Assert.StartsWith("安庆组工信息", text);
        Assert.True(text.IndexOf("报：省委组织部", StringComparison.Ordinal) > text.IndexOf("△宜秀区", StringComparison.Ordinal));
        Assert.Equal(FileOutcomeStatus.Unchanged, Assert.Single(again).Status);
    }

    [Fact]
    public void Text_that_was_read_is_stored_without_a_recognition()
    {
        File.WriteAllBytes(_temp.File("第8期.doc"), files.Doc);
        using var store = ArchiveStore.Open(_temp.File("data/archive.db"));
        using var tools = Tools();

        var outcome = IngestionPipeline.Create(store, tools: tools).IngestFile(_temp.File("第8期.doc"));

        Assert.Equal(FileOutcomeStatus.New, outcome.Status);
        Assert.Null(store.GetDocument(outcome.DocumentId!)!.Recognition);
    }

    [Fact]
    public void Cancelling_while_a_scan_is_recognized_stops_Tesseract_and_stores_nothing_of_it()
    {
        File.WriteAllBytes(_temp.File("第8期.pdf"), files.ScanPdf);
        using var store = ArchiveStore.Open(_temp.File("data/archive.db"));
        using var tools = Tools();
        using var cancel = new CancellationTokenSource();
        // Cancelled while Tesseract reads the first page, so that a running program has to be stopped.
        using var recognizing = ConverterProcesses.WhenFirstRuns(Scratch, "tesseract", cancel.Cancel);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            IngestionPipeline.Create(store, tools: tools).Ingest([_temp.File("第8期.pdf")], null, cancel.Token));
        Assert.True(recognizing.Seen);

        Assert.Empty(ConverterProcesses.Running(Scratch));
        Assert.Empty(Directory.Exists(Scratch) ? Directory.GetFileSystemEntries(Scratch) : []);
        Assert.Equal(0, store.GetCounts().Documents);
    }
}
