using Archive.Indexer.Curation;
using Archive.Indexer.Store;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Curation;

/// <summary>`archive hash-password`, `archive verify` and `archive reparse`, and the password hashes behind editors' accounts.</summary>
public sealed class CurationCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_password_hash_takes_its_password_only_and_is_salted()
    {
        var hash = PasswordHash.Create("correct horse battery", iterations: PasswordHash.MinimumIterations);

        Assert.True(PasswordHash.Verify("correct horse battery", hash));
        Assert.False(PasswordHash.Verify("correct horse batterY", hash));
        Assert.NotEqual(hash, PasswordHash.Create("correct horse battery", iterations: PasswordHash.MinimumIterations));
        Assert.StartsWith($"pbkdf2-sha256${PasswordHash.MinimumIterations}$", hash);
        Assert.False(PasswordHash.IsWellFormed(hash.Replace($"${PasswordHash.MinimumIterations}$", "$1000$")), "too few iterations");
        Assert.False(PasswordHash.IsWellFormed("correct horse battery"));
        Assert.False(PasswordHash.Verify("x", "pbkdf2-sha256$600000$not base64$"));
    }

    [Fact]
    public async Task Hash_password_reads_a_password_and_prints_a_hash_that_accepts_it()
    {
        var (exit, output, error) = await ArchiveProcess.RunAsync("a-long-editor-password\n", "hash-password", "--name", "zhang");
        var (shortExit, _, shortError) = await ArchiveProcess.RunAsync("short\n", "hash-password");

        Assert.Equal(0, exit);
        var hash = output.Trim();
        Assert.True(PasswordHash.Verify("a-long-editor-password", hash));
        Assert.Equal(PasswordHash.Iterations, int.Parse(hash.Split('$')[1]));
        Assert.Contains("ARCHIVE__EDITORS__zhang=", error);
        Assert.DoesNotContain("a-long-editor-password", output + error);
        Assert.Equal(1, shortExit);
        Assert.Contains("at least", shortError);
    }

    [Fact]
    public async Task Verify_reports_a_damaged_original_and_reparse_keeps_a_correction()
    {
        var data = _temp.File("data");
        string document;
        using (var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = data }))
        {
            document = archive.IngestUpload("第8期.txt", File.ReadAllBytes(Path.Combine(Samples.Folder, "000_037b87f1aeded1d9.txt"))).DocumentId!;
            archive.CorrectArticle(ContentIdentity.ArticleId(document, 2), new Dictionary<string, System.Text.Json.JsonElement>
            {
                ["title"] = CanonicalJson.Of("大观区考察识别干部"),
            }, new Editing("张编辑"));
        }

        var reparse = await ArchiveProcess.RunAsync(null, "reparse", "--data", data);
        var intact = await ArchiveProcess.RunAsync(null, "verify", "--data", data);
        var file = Directory.EnumerateFiles(Path.Combine(data, "originals"), "*", SearchOption.AllDirectories).Single();
        await File.AppendAllTextAsync(file, "x");
        var damaged = await ArchiveProcess.RunAsync(null, "verify", "--data", data);

        Assert.Equal(0, reparse.Exit);
        Assert.Contains("read again: 1 documents, 0 changed", reparse.Output);
        Assert.Contains("大观区考察识别干部", reparse.Output);
        Assert.Contains("大观区在疫情", reparse.Output);
        Assert.Equal(0, intact.Exit);
        Assert.Contains("1 intact, 0 missing, 0 damaged", intact.Output);
        Assert.Equal(1, damaged.Exit);
        Assert.Contains(document, damaged.Output);
        Assert.Contains("damaged", damaged.Output);
    }
}
