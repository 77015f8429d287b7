using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>`archive search` and the other verbs that read an archive, run as a user runs them.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("search", "党员")]
    [InlineData("stats")]
    public async Task A_data_folder_without_an_archive_is_an_error_and_no_archive_is_made_there(params string[] verb)
    {
        var mistyped = _temp.File("dta");

        var (exit, output, error) = await ArchiveProcess.RunAsync(null, [.. verb, "--data", mistyped]);

        Assert.NotEqual(0, exit);
        Assert.Contains("there is no archive in", error);
        Assert.DoesNotContain("共 0 篇", output);
        Assert.False(Directory.Exists(mistyped));
    }
}
