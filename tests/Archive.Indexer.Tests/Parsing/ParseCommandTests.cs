using System.Text.Json.Nodes;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>`archive parse FILE --json` run as a user runs it: the built CLI in its own process.</summary>
public sealed class ParseCommandTests
{
    [Fact]
    public async Task Parse_json_prints_the_document_with_expected_json_names()
    {
        var (exit, output, _) = await Run("parse", Path.Combine(Samples.Folder, "003_19de08771915f546.txt"), "--json");
        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("notice", (string?)json["kind"]);
        Assert.Equal("庆组明电〔2020〕2号", (string?)json["doc_number"]);
        Assert.Equal("2020-01-27", (string?)json["date"]);
        Assert.Equal("中共安庆市委组织部", (string?)json["articles"]![0]!["source_department"]);
        // Why it was read so: the kind's confidence, its evidence, and what each line was taken for.
        Assert.InRange((double)json["kind_confidence"]!, 0.5, 1.0);
        Assert.Contains(json["evidence"]!.AsArray(), e => ((string)e!).Contains("document number"));
        Assert.Equal("document_number", (string?)json["line_roles"]![0]);
    }

    // The second file is sparse: 51 MB on paper, nothing on disk. Read whole, a 300 MB text held 3.4 GB of memory.
    // The third is parsed in this process, outside the readers' budgets: 5 million such lines took 28 s.
    [Theory]
    [InlineData(0L, 0, "empty")]
    [InlineData(51L * 1024 * 1024, 0, "over the 50 MB limit")]
    [InlineData(0L, 200_001, "more than 200,000 lines")]
    public async Task Parse_of_an_unreadable_file_fails_with_its_reason(long size, int lines, string reason)
    {
        var path = Path.Combine(Path.GetTempPath(), $"archive-unreadable-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("干\n", lines)));
        using (var file = File.OpenWrite(path)) file.SetLength(Math.Max(size, file.Length));
        try
        {
            var (exit, _, error) = await Run("parse", path, "--json");
            Assert.Equal(1, exit);
            Assert.Contains(reason, error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Parse_of_a_device_does_not_read_it()
    {
        // /dev/zero shows size 0 and never ends: read, it filled 2 GB before failing, as a named pipe waits for ever.
        var (exit, _, error) = await Run("parse", "/dev/zero");
        Assert.Equal(1, exit);
        Assert.Contains("empty", error);
    }

    [Fact]
    public async Task Parse_of_a_link_to_a_device_does_not_read_it()
    {
        // The link's own size is that of the name it holds: judged by it, /dev/zero was read until memory ran out.
        var link = Path.Combine(Path.GetTempPath(), $"archive-link-{Guid.NewGuid():N}.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        try
        {
            var (exit, _, error) = await Run("parse", link);
            Assert.Equal(1, exit);
            Assert.Contains("empty", error);
        }
        finally
        {
            File.Delete(link);
        }
    }

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => ArchiveProcess.RunAsync(null, args);
}
