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

    [Theory]
    [InlineData("--size", "99999999999", "warning: size=99999999999 is outside 1..100; 100 was used.")]
    [InlineData("--page", "-5", "warning: page=-5 is outside 1..1000; 1 was used.")]
    [InlineData("--page", "1e3", "error: ")]
    public async Task Page_and_size_past_their_range_are_clamped_as_the_api_clamps_them_and_others_refused_in_its_words(string option, string value, string says)
    {
        // --size 99999999999 was the command-line parser's "Cannot parse argument … as expected type 'System.Nullable`1[System.Int32]'".
        // Read before the archive is opened: a folder without one serves.
        var (_, _, error) = await ArchiveProcess.RunAsync(null, ["search", "干部", option, value, "--data", _temp.File("data")]);

        Assert.Contains(says, error);
        Assert.DoesNotContain("System.", error);
    }
}
