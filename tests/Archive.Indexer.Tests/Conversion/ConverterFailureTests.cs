using Archive.Indexer.Ingestion;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>
/// A real LibreOffice made to hang, crash or run out of its memory budget in the middle of a batch: that file fails
/// with a clear reason, the converter starts afresh for the others, no LibreOffice is left running and no job folder is left behind.
/// </summary>
[Collection(OfficeFilesCollection.Name)]
public sealed class ConverterFailureTests(OfficeFiles files) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Scratch => _temp.File("scratch");

    private IReadOnlyList<FileOutcome> IngestBatch(TimeSpan timeout, string program, int signal)
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
    public void A_hung_converter_is_stopped_after_four_budgets_without_progress_and_the_rest_of_the_batch_is_read()
    {
        // A budget of processor time that the other files' conversions stay well within, load or not, and a short wait.
        var report = IngestBatch(TimeSpan.FromSeconds(10), "soffice.bin", ConverterProcesses.Stop);

        var failed = Assert.Single(report, f => f.Status == FileOutcomeStatus.Failed);
        Assert.Contains("LibreOffice made no progress for 40 s converting the", failed.Error);
        Assert.Equal(3, report.Count(FileOutcomeStatus.New));
    }

    [Fact]
    public void A_crashed_converter_fails_its_file_and_a_fresh_one_reads_the_rest()
    {
        var report = IngestBatch(TimeSpan.FromSeconds(120), "soffice.bin", ConverterProcesses.Kill);

        var failed = Assert.Single(report, f => f.Status == FileOutcomeStatus.Failed);
        Assert.Contains("LibreOffice stopped unexpectedly", failed.Error);
        Assert.Equal(3, report.Count(FileOutcomeStatus.New));
    }

    [Fact]
    public void Every_program_runs_within_its_memory_budget()
    {
        const long budget = 300L * 1024 * 1024;
        var limits = new ExternalProgram("cat", "coreutils", "cat")
            .Run(["/proc/self/limits"], "reading its limits", TimeSpan.FromSeconds(60), budget, CancellationToken.None).Output;

        var addressSpace = Assert.Single(limits.Split('\n'), l => l.StartsWith("Max address space", StringComparison.Ordinal));
        Assert.Equal(["Max", "address", "space", "314572800", "314572800", "bytes"], addressSpace.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_conversion_over_its_memory_budget_fails_its_file_alone_and_stores_nothing_of_it()
    {
        Directory.CreateDirectory(_temp.File("in"));
        File.WriteAllBytes(_temp.File("in/第8期.doc"), files.Doc);
        File.Copy(OfficeFiles.SamplePath(OfficeFiles.GbkBulletin), _temp.File("in/第2期.txt"));
        using var store = ArchiveStore.Open(_temp.File("data/archive.db"));
        // LibreOffice maps some 400 MB of libraries before it reads a file.
        using var tools = new DocumentTools(new ConversionOptions { ScratchDirectory = Scratch, ProgramMemory = 300L * 1024 * 1024, Converters = 1 });

        var report = IngestionPipeline.Create(store, tools: tools).Ingest([_temp.File("in")]);

        var failed = Assert.Single(report, f => f.Status == FileOutcomeStatus.Failed);
        Assert.EndsWith("第8期.doc", failed.Path);
        Assert.Contains("more memory than a conversion may use (300 MB)", failed.Error);
        Assert.Equal(1, report.Count(FileOutcomeStatus.New));
        Assert.Equal(1, store.GetCounts().Documents);
        Assert.Empty(ConverterProcesses.Running(Scratch));
    }
}
