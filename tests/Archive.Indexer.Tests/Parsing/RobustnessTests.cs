
namespace Archive.Indexer.Tests.Parsing;

/// <summary>Whatever text arrives, parsing never throws and every line of text ends up in some article or field.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [MemberData(nameof(Files))]
    public void Truncated_and_shuffled_documents_still_parse(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Samples.Folder, file));
        var random = new Random(file.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        var variants = new List<string>();
        for (var n = 0; n <= lines.Length; n += Math.Max(1, lines.Length / 25))
        {
            variants.Add(string.Join("\n", lines.Take(n)));
            variants.Add(string.Join("\n", lines.Skip(n)));
        }
        for (var k = 0; k < 10; k++)
            variants.Add(string.Join("\n", lines.OrderBy(_ => random.Next())));

        foreach (var text in variants)
        {
            var doc = Samples.Parser.Parse(text);
            Assert.NotNull(doc.Articles);
            Assert.All(doc.Articles, a =>
            {
                Assert.NotNull(a.Body);
                Assert.False(string.IsNullOrWhiteSpace(a.DisplayTitle));
            });
            if (text.Trim().Length > 0) Assert.NotEmpty(doc.Articles);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("△")]
    [InlineData("△\n△。\n第期\n报：")]
    [InlineData("# \n## ——\n本报记者\n 摄")]
    [InlineData("安庆组工信息\n第 1 期")]
    [InlineData("庆组明电〔2020〕2号")]
    [InlineData("发布日期:\n作者:\n浏览次数:abc")]
    [InlineData("二〇二二年十三月四十日\n2022-99-99")]
    public void Fragments_parse_without_throwing(string text)
    {
        var doc = Samples.Parser.Parse(text);
        Assert.NotNull(doc.Articles);
    }

    public static IEnumerable<object[]> Files() => Samples.Files();
}
