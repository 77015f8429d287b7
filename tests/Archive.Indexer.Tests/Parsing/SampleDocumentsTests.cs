using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>The five samples parse to expected.json field by field (stretch values may be null, never wrong).</summary>
public sealed class SampleDocumentsTests
{
    [Theory]
    [MemberData(nameof(Files))]
    public void Sample_parses_to_expected_json(string file)
    {
        var expected = Samples.ExpectedDocuments().Single(d => (string)d!["file"]! == file)!.AsObject();
        // Through the same JSON shape `archive parse --json` prints, so the names are checked too.
        var actual = JsonNode.Parse(JsonSerializer.Serialize(Samples.Parse(file), ParsedDocumentJson.Options))!.AsObject();

        foreach (var (name, value) in expected)
        {
            if (name is "file" or "notes" or "articles") continue;
            AssertField($"{file}: {name}", value, actual[name], stretch: false);
        }

        var actualArticles = actual["articles"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var expectedArticles = expected["articles"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var expectedTitles = expectedArticles.Select(a => (string)a["title"]!).ToList();
        Assert.All(actualArticles, a => Assert.Contains((string)a["title"]!, expectedTitles));

        var position = -1;
        foreach (var want in expectedArticles)
        {
            var title = (string)want["title"]!;
            var stretch = want["stretch"]?.GetValue<bool>() == true;
            var index = actualArticles.FindIndex(a => (string)a["title"]! == title);
            if (index < 0)
            {
                Assert.True(stretch, $"{file}: article '{title}' is missing");
                continue;
            }
            Assert.True(index > position, $"{file}: article '{title}' is out of order");
            position = index;
            foreach (var (name, value) in want)
            {
                if (name is "stretch") continue;
                AssertField($"{file}: '{title}'.{name}", value, actualArticles[index][name], stretch);
            }
        }
    }

    [Fact]
    public void Web_footer_and_stray_mark_stay_out_of_the_body()
    {
        var body = Samples.Parse("002_5e9980cb8ce07f44.txt").Articles.Single().Body;
        foreach (var chrome in new[] { "主办单位", "承办单位", "技术支持", "设计制作", "地址", "浏览次数", "发布日期" })
            Assert.DoesNotContain(chrome, body);
        Assert.StartsWith("疫情防控工作开展以来", body);
    }

    [Fact]
    public void Page_breaks_are_repaired_in_bulletins()
    {
        var first = Samples.Parse("000_037b87f1aeded1d9.txt").Articles[0].Body;
        Assert.Contains("及时调整、坚决撤换；", first);
        var second = Samples.Parse("004_40c502aea08ad668.txt").Articles[1].Body;
        Assert.Contains("便民服务。活动开展以来", second);
        Assert.DoesNotContain("活\n活动", second);
    }

    [Fact]
    public void Bulletin_article_bodies_stop_at_the_next_heading_and_the_footer()
    {
        var doc = Samples.Parse("000_037b87f1aeded1d9.txt");
        Assert.All(doc.Articles, a =>
        {
            Assert.DoesNotContain("市外参考", a.Body);
            Assert.DoesNotContain("报：", a.Body);
            Assert.DoesNotContain("△", a.Body);
        });
        Assert.EndsWith("全力做好后勤保障工作。", doc.Articles[^1].Body);
    }

    [Fact]
    public void Newspaper_captions_are_not_body_and_headings_inside_an_article_stay_paragraphs()
    {
        var first = Samples.Parse("001_ffd959d31f635f34.txt").Articles[0];
        Assert.Contains(first.Captions, c => c.StartsWith("裕安区罗集乡成立临时党支部", StringComparison.Ordinal));
        Assert.DoesNotContain("于晓宇", first.Body);
        Assert.Contains("第一时间进入临战状态", first.Body);
        Assert.Contains("\n扛起组工责任，强化党建引领\n", first.Body);
    }

    [Fact]
    public void Notice_keeps_its_numbered_parts_as_paragraphs()
    {
        var body = Samples.Parse("003_19de08771915f546.txt").Articles.Single().Body;
        var parts = body.Split('\n').Where(p => p.Length > 1 && "一二三四五".Contains(p[0]) && p[1] == '、').ToList();
        Assert.Equal(5, parts.Count);
        Assert.DoesNotContain("中共安庆市委组织部\n", body);
        Assert.EndsWith("要第一时间报告市委组织部。", body);
    }

    public static IEnumerable<object[]> Files() => Samples.Files();

    private static void AssertField(string what, JsonNode? expected, JsonNode? actual, bool stretch)
    {
        if (stretch && (actual is null || actual is JsonArray { Count: 0 })) return;
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected null, got {actual?.ToJsonString()}");
            return;
        }
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"{what}: expected {expected.ToJsonString(ParsedDocumentJson.Options)}, got {actual?.ToJsonString(ParsedDocumentJson.Options) ?? "null"}");
    }
}
