using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Input no parser was written for: no exception, nothing of the text lost, and the reading explained (kind, confidence,
/// the recognizers that fired for each line).
/// </summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("Quarterly figures\nRevenue rose 4% over the quarter.\nCosts fell.")]
    [InlineData("当前位置：首页 > 新闻 > 正文\n【字体：大 中 小】\n打印本页  关闭窗口\n返回顶部")]
    [InlineData("Annual figures 年度数字\n组织 work 在 progress，mixed 文字 and English。\nالعربية 混合 текст")]
    [InlineData("|\n||\n---\n- 2 -\n━━━━")]
    public void A_text_of_no_known_layout_is_kept_and_explained(string text)
    {
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Generic, doc.Kind);
        Assert.InRange(doc.KindConfidence, 0.0, 1.0);
        Assert.Equal(text.Split('\n').Count(l => l.Trim().Trim('|').Trim().Length > 0), doc.LineRoles.Count);
        var output = string.Concat(doc.FrontMatter.Concat(doc.BackMatter).Concat(doc.Articles.SelectMany(a => new[] { a.Title ?? "", a.Body })));
        foreach (var line in text.Split('\n').Where(l => l.Any(char.IsLetter)))
            Assert.True(output.Contains(line.Trim(), StringComparison.Ordinal) || IsChrome(doc, text, line), $"lost: {line}");
    }

    [Fact]
    public void A_text_whose_every_line_reads_as_a_pages_furniture_keeps_that_text_as_its_article()
    {
        // Markup in a text file reads as breadcrumbs (two '>' on a line): stored, it was an article of no title and no text.
        const string text = "关于<script>alert(1)</script>的通知\n各单位：<img src=x>干部考察\"><svg/onload=alert(3)>工作\n栏目：<i>市外</i>参考";

        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        foreach (var line in text.Split('\n')) Assert.Contains(line, (article.Title ?? "") + article.Body);
    }

    [Fact]
    public void A_headline_longer_than_any_title_is_cut_and_its_whole_line_kept_in_the_body()
    {
        // A page whose heading holds its whole text: its 600,000 characters were one article's title, sent whole in every
        // hit, export row and citation that listed it.
        var heading = string.Concat(Enumerable.Repeat("干部", 300_000));
        var html = $"<html><head><title>x</title></head><body><h1>{heading}</h1><p>正文内容党员。</p><p>来源：{string.Concat(Enumerable.Repeat("组织部", 100_000))}</p></body></html>";

        var doc = Samples.Parser.Parse(DocumentReader.Read("heading.html", Encoding.UTF8.GetBytes(html)));

        Assert.All(doc.Articles, a => Assert.InRange((a.Title ?? "").Length, 0, ParsedArticle.MaxTitleLength));
        Assert.All(doc.Articles, a => Assert.InRange((a.Subtitle ?? "").Length, 0, ParsedArticle.MaxTitleLength));
        // The page's reading cuts its first lines off the heading as headlines of their own; the rest, the title cut, is in a body whole.
        var rest = string.Concat(Enumerable.Repeat("干部", 299_000));
        Assert.Contains(doc.Articles, a => a.Body.Contains(rest, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bulletin_whose_articles_carry_no_attribution_still_splits_at_its_headlines()
    {
        const string text = """
            上海组工
            2026年第6期
            中共上海市委组织部　　　　2026年3月20日
            上海市奉贤区:新就业群体当上了“街区书记”
            　　城市的街巷间,总有一群忙碌的身影骑着电动车穿梭往来,他们更像是城市的“过客”。
            万余终端成为党员“学海新舟”
            　　历经一年半建设,上海党员干部现代远程教育体系基本实现全覆盖。
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(DocumentKind.Bulletin, doc.Kind);
        Assert.Equal(["上海市奉贤区:新就业群体当上了“街区书记”", "万余终端成为党员“学海新舟”"], doc.Articles.Select(a => a.Title));
        Assert.All(doc.Articles, a => Assert.Null(a.SourceDepartment));
    }

    [Fact]
    public void Contents_that_match_no_title_do_not_swallow_the_articles()
    {
        const string text = """
            南通组工信息
            第 6 期
            本期目录
            某县：一篇并不存在的文章.....2
            另一篇对不上的标题.....3
            全市村党组织书记培训班开班
            　　4月20日,我市召开村党组织书记培训暨乡村振兴工作推进会,市委常委出席会议并讲话。（海安市委组织部）
            """;
        var doc = Samples.Parser.Parse(text);
        Assert.Equal(2, doc.Contents.Count);
        var article = Assert.Single(doc.Articles);
        Assert.Equal("全市村党组织书记培训班开班", article.Title);
        Assert.Equal("海安市委组织部", article.SourceDepartment);
    }

    [Fact]
    public void Traditional_and_simplified_mixed_read_alike()
    {
        var simplified = Samples.Parser.Parse("望江组工\n第十一期\n中共望江县委组织部　　二〇二四年十二月五日\n〔工作动态〕\n望江县举办观摩评比活动\n　　11月29日,望江县举办观摩评比活动。（望江县委组织部）");
        var traditional = Samples.Parser.Parse("望江組工\n第十一期\n中共望江縣委組織部　　二〇二四年十二月五日\n〔工作動態〕\n望江縣舉辦觀摩評比活動\n　　11月29日,望江縣舉辦觀摩評比活動。（望江縣委組織部）");
        Assert.Equal((simplified.Kind, simplified.IssueNumber, simplified.Date, simplified.Region), (traditional.Kind, traditional.IssueNumber, traditional.Date, traditional.Region));
        Assert.Equal("工作動態", traditional.Articles.Single().Section);
        Assert.Equal("望江縣委組織部", traditional.Articles.Single().SourceDepartment);
        Assert.Equal("安徽省/安庆市/望江县", traditional.Articles.Single().Region);
    }

    /// <summary>
    /// Every stage reads its lines through the budget: a parse given none fails in its first pass over a long text with
    /// the reason rather than running on.
    /// </summary>
    [Fact]
    public void A_parse_past_its_processor_budget_fails_with_the_reason()
    {
        var parser = new DocumentParser(Samples.Parser.Gazetteer, TimeSpan.Zero);
        var text = string.Concat(Enumerable.Repeat("一、加强组织领导\n　　各单位要高度重视。\n", 10_000));

        var error = Assert.Throws<UnreadableFileException>(() => parser.Parse(text));

        Assert.Contains("took more than 0 s of processor time", error.Message);
    }

    /// <summary>100,000 lines, a line of 2 MB, 50,000 lines shaped like headlines, a line of 600,000 datelines: parsed in bounded time and whole.</summary>
    [Theory(Timeout = 120_000)]
    [InlineData("lines")]
    [InlineData("long line")]
    [InlineData("headlines")]
    [InlineData("bulletin furniture")]
    [InlineData("datelines in one line")]
    public async Task Hostile_input_parses_in_linear_time(string shape)
    {
        var text = Hostile(shape);
        var doc = await Task.Run(() => Samples.Parser.Parse(text));
        Assert.NotEmpty(doc.Articles);
        Assert.True(doc.LineRoles.Count > 0);
    }

    private static string Hostile(string shape)
    {
        var random = new Random(19);
        string[] words = ["组织", "工作", "党建", "基层", "干部", "鼓楼区", "朝阳区", "（宜秀区委组织部）", "【】", "〔〕"];
        string Words(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        var sb = new StringBuilder();
        switch (shape)
        {
            case "lines":
                for (var i = 0; i < 100_000; i++) sb.Append(Words(random.Next(2, 12))).Append(i % 3 == 0 ? "。\n" : "\n");
                break;
            case "long line":
                while (sb.Length < 2_000_000) sb.Append(Words(20)).Append('，');
                break;
            case "datelines in one line":
                // A newspaper page flattened into one line is cut at its papers' datelines: each was read with the whole
                // rest of the line copied, 300,000 of them held a core for minutes.
                sb.Append("县宣传思想工作会议上的讲话\n").Append(string.Concat(Enumerable.Repeat("本报讯", 600_000)));
                break;
            case "headlines":
                for (var i = 0; i < 50_000; i++) sb.Append('△').Append(Words(5)).Append('\n');
                break;
            default:
                for (var i = 0; i < 50_000; i++)
                    sb.Append((i % 6) switch { 0 => "★ 市内信息", 1 => $"- {i} -", 2 => Words(6) + "....." + i % 999, 3 => $"第{i}期", 4 => "本期目录", _ => "（组织部）" }).Append('\n');
                break;
        }
        return sb.ToString();
    }

    private static bool IsChrome(ParsedDocument doc, string text, string line)
    {
        var lines = text.Split('\n').Where(l => l.Trim().Trim('|').Trim().Length > 0).ToList();
        var index = lines.IndexOf(line);
        return index >= 0 && doc.LineRoles[index] is "web_chrome" or "page_number" or "rule" or "running_header";
    }
}
