using System.Security.Cryptography;
using Archive.Evaluation.Generation;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Generation;

public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CorpusGenerator _generator = new(CorpusGenerator.DefaultDataPackagesFolder);

    public void Dispose() => _temp.Dispose();

    private static Dictionary<string, string> Fingerprints(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        var a = _generator.Generate(new GenerationOptions(120, 5, _temp.File("a")));
        var b = _generator.Generate(new GenerationOptions(120, 5, _temp.File("b")));
        var c = _generator.Generate(new GenerationOptions(120, 6, _temp.File("c")));

        Assert.Equal(Fingerprints(a.OutputDirectory), Fingerprints(b.OutputDirectory));
        Assert.NotEqual(Fingerprints(a.OutputDirectory)["manifest.jsonl"], Fingerprints(c.OutputDirectory)["manifest.jsonl"]);
    }

    [Fact]
    public void The_corpus_has_every_kind_format_and_encoding_with_a_manifest_line_per_file()
    {
        var summary = _generator.Generate(new GenerationOptions(600, 3, _temp.File("corpus")));
        var manifest = ManifestFile.Read(summary.ManifestPath);

        Assert.InRange(summary.Articles, 600, 605);
        Assert.Equal(summary.Articles, manifest.Sum(m => m.Articles.Count));
        Assert.Equal(summary.Files, manifest.Count);
        Assert.Equal(manifest.Count, Directory.GetFiles(summary.FilesDirectory, "*", SearchOption.AllDirectories).Length);
        Assert.All(manifest, m => Assert.True(File.Exists(Path.Combine(summary.OutputDirectory, m.File)), m.File));
        Assert.Equal(["bulletin", "newspaper_page", "notice", "web_article"], manifest.Select(m => m.Kind).Distinct().Order());
        Assert.Equal(["docx", "html", "pdf", "txt"], manifest.Select(m => m.Format).Distinct().Order());
        Assert.Contains(manifest, m => m.Encoding == "gb18030");
        Assert.Contains(manifest.SelectMany(m => m.Articles), a => a.RepublishedFrom is not null);
        Assert.True(manifest.Select(m => m.Series).OfType<string>().Distinct().Count() >= 10);
        Assert.All(manifest.Where(m => m.Date is not null), m => Assert.InRange(int.Parse(m.Date![..4]), 2012, 2025));
        Assert.All(manifest.SelectMany(m => m.Articles), a => Assert.InRange(a.BodyChars, 200, 3500));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_count_below_one_is_refused_and_writes_nothing(int articles)
    {
        var error = Assert.Throws<ArgumentException>(() => _generator.Generate(new GenerationOptions(articles, 1, _temp.File("out"))));

        Assert.Contains("at least 1", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(_temp.File("out"));
        File.WriteAllText(_temp.File("out/keep.txt"), "mine");

        var error = Assert.Throws<IOException>(() => _generator.Generate(new GenerationOptions(10, 1, _temp.File("out"))));

        Assert.Contains("not empty", error.Message);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(_temp.File("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_cancelled_run_leaves_nothing_that_looks_complete()
    {
        using var stop = new CancellationTokenSource();
        var progress = new Archive.Indexer.Tests.Ingestion.ImmediateProgress<GenerationProgress>(p =>
        {
            if (p.ArticlesDone > 50)
            {
                stop.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => _generator.Generate(new GenerationOptions(5000, 1, _temp.File("out")), progress, stop.Token));

        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }
}
