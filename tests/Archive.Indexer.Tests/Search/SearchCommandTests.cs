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

    [Fact]
    public async Task A_bulletin_printing_only_its_running_count_is_named_by_it_and_filters_take_the_apis_names_as_the_pages_do()
    {
        // The line said 临江组工信息 · 2021-06-08, the issue left out, where the result page says 《临江组工信息》总第86期.
        var file = _temp.File("临江组工信息.txt");
        File.WriteAllText(file, "临江组工信息\n（总第86期）\n中共临江市委组织部　　　　　　　2021年6月8日\n━━━━━━━━━━━━━━━━━━━━━━\n\n" +
            "临江市开展年轻干部蹲点调研\n\n　　近日，临江市组织60名年轻干部到乡镇蹲点调研，每人联系一个村，帮助解决群众急难愁盼问题。（临江市委组织部）\n");
        var data = _temp.File("data");
        Assert.Equal(0, (await ArchiveProcess.RunAsync(null, ["ingest", file, "--data", data])).Exit);

        var (exit, output, _) = await ArchiveProcess.RunAsync(null, ["search", "蹲点调研", "--data", data]);
        // The API and the pages read department as dept (older links); the command, reading filters "with the API's names", refused it.
        var (olderExit, olderOutput, olderError) = await ArchiveProcess.RunAsync(null, ["search", "--filter", "department=临江市委组织部", "--data", data]);
        var (dept, deptOutput, _) = await ArchiveProcess.RunAsync(null, ["search", "--filter", "dept=临江市委组织部", "--data", data]);

        Assert.Equal(0, exit);
        Assert.Contains("临江组工信息 · 总第86期 · 2021-06-08", output);
        Assert.True(olderExit == 0, olderError);
        Assert.Equal(0, dept);
        Assert.Contains("共 1 篇", deptOutput);
        Assert.Equal(deptOutput.Split('\n')[2..], olderOutput.Split('\n')[2..]);
    }
}
