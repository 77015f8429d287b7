using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Ingestion;

/// <summary>`archive ingest` run as a user runs it: the built CLI in its own process.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--max-file-mb", "0", "--max-file-mb must be 1 or more")]
    [InlineData("--max-file-mb", "-5", "--max-file-mb must be 1 or more")]
    [InlineData("--max-scanned-pages", "-1", "--max-scanned-pages must be 0 or more")]
    public async Task A_limit_no_file_can_meet_is_refused_before_any_file_is_read(string option, string value, string message)
    {
        var data = _temp.File("data");

        var (exit, _, error) = await ArchiveProcess.RunAsync(null, "ingest", Samples.Folder, "--data", data, option, value, "--json");

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error);
        Assert.False(File.Exists(Path.Combine(data, "archive.db")));
    }

    [Fact]
    public async Task A_file_named_with_terminal_escapes_and_line_breaks_is_listed_with_them_shown_not_obeyed()
    {
        // A name that clears the screen and retitles the terminal, and one that forges a line of the report.
        var folder = _temp.File("shared");
        Directory.CreateDirectory(folder);
        string[] names = ["\u001b[2J\u001b]0;pwned\u0007.txt", "x\nforged.txt: stored.txt"];
        foreach (var name in names) File.WriteAllBytes(Path.Combine(folder, name), []);

        var (_, output, _) = await ArchiveProcess.RunAsync(null, "ingest", folder, "--data", _temp.File("data"));
        var (_, _, parseError) = await ArchiveProcess.RunAsync(null, "parse", Path.Combine(folder, names[1]));

        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.Contains("\\u001B[2J", output);
        Assert.Contains("x\\u000Aforged.txt: stored.txt", parseError);
    }
}
