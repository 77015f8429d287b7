using Archive.Indexer.Ingestion;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>
/// A real LibreOffice made to hang or crash in the middle of a batch: that file fails with a clear reason, the
/// converter starts afresh for the others, no LibreOffice is left running and no job folder is left behind.
/// </summary>
[Collection(OfficeFilesCollection.Name)]
public sealed class ConverterFailureTests(OfficeFiles files) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Scratch => _temp.File("scratch");

    private IngestReport IngestBatch(TimeSpan timeout, string program, int signal)
    {
        Directory.CreateDirectory(_temp.File("in"));
        File.WriteAllBytes(_temp.File("in/第8期.doc"), files.Doc);
        File.WriteAllBytes(_temp.File("in/第8期 WPS.wps"), [.. files.Doc, 0]);
        File.WriteAllBytes(_temp.File("in/第2期.rtf"), files.GbkRtf);
        File.Copy(OfficeFiles.SamplePath(OfficeFiles.GbkBulletin), _temp.File("in/第2期.txt"));
        using var store = ArchiveStore.Open(_temp.File("data/archive.db"));
        using var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = Scratch, FileTimeout = timeout, Converters = 1 });
        using var saboteur = ConverterProcesses.SignalFirst(Scratch, program, signal);
        var report = IngestionPipeline.Create(store, tools: tools).Ingest([_temp.File("in")]);
        Assert.True(saboteur.Seen);
        Assert.Empty(ConverterProcesses.Running(Scratch));
        Assert.DoesNotContain(Directory.GetDirectories(Scratch), d => !Path.GetFileName(d).StartsWith("office-profile-", StringComparison.Ordinal));
        return report;
    }

    [Fact]
    public void A_hung_converter_is_stopped_at_the_time_limit_and_the_rest_of_the_batch_is_read()
    {
        var report = IngestBatch(TimeSpan.FromSeconds(20), "soffice.bin", ConverterProcesses.Stop);

        var failed = Assert.Single(report.Files, f => f.Status == FileOutcomeStatus.Failed);
        Assert.Contains("did not finish", failed.Error);
        Assert.Contains("20 s", failed.Error);
        Assert.Equal(3, report.Count(FileOutcomeStatus.New));
    }

    [Fact]
    public void A_crashed_converter_fails_its_file_and_a_fresh_one_reads_the_rest()
    {
        var report = IngestBatch(TimeSpan.FromSeconds(120), "soffice.bin", ConverterProcesses.Kill);

        var failed = Assert.Single(report.Files, f => f.Status == FileOutcomeStatus.Failed);
        Assert.Contains("LibreOffice stopped unexpectedly", failed.Error);
        Assert.Equal(3, report.Count(FileOutcomeStatus.New));
    }
}
