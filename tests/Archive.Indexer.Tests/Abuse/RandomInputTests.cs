using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Search;
using Xunit.Abstractions;

namespace Archive.Indexer.Tests.Abuse;

/// <summary>
/// Queries, URL parameters and documents put together at random from the pieces people and hostile inputs use
/// (field names, ranges, brackets, dates in three scripts of digits, invisible characters, half surrogates): none may
/// throw, since a search that throws is a 500 and a parse that throws loses the file. The seeds are fixed, so a
/// failure repeats; each says the input that broke.
/// </summary>
public sealed class RandomInputTests(SampleArchive samples, ITestOutputHelper output) : IClassFixture<SampleArchive>
{
    private static readonly string[] QueryPieces =
    [
        "党建", "疫情防控", "2023年", "3月", "年", "月", "日", "2007年-2009年", "２０２３年３月", "٢٠٢٣", "१२", "第8期", "总第", "〔2020〕", "号",
        "庆组明电", "\"", "(", ")", "[", "]", "{", "}", "+", "-", "*", "?", "~", "~2", "^3", ":", "：", "/", "\\", "|", "&&", "||", "AND",
        "OR", "NOT", "title:", "date:", "year:", "dept:", "region:", "kind:", "series:", "文号:", "标题:", "日期:", "2022..2023", "..",
        "2022-13-45", "9999年", "..2022", " ", "　", "\u0000", "\u200b", "\ud800", "😀", "𝟚𝟘", "5G", "APP", "a", "外地", "其他城市",
        "类似", "栏目", "简讯", "怎么", "如何", "的", "村", "党", "務", "組織", "黨建", "《", "》", "“", "、", "，", "。", "！", "……", "%",
        "%B5%B3", "<script>", "&amp;", "2023年3月4日", "至", "—", "1+N", "3+X", "１２３", "〇", "一二三", "第一", "篇",
    ];

    private static readonly string[] ParameterNames = ["q", "year", "kind", "dept", "department", "region", "section", "series", "keyword", "sort", "page", "size", "YEAR", "x", ""];

    private static readonly string[] LinePieces =
    [
        "第8期", "第٨期", "总第12期", "〔2020〕", "2号", "庆组明电", "2023年3月4日", "２０２３年３月４日", "本期要目", "市内信息", "市外参考", "报：",
        "送：", "（共印50份）", "中共某某市委组织部", "编", "记者", "通讯员", "摄", "讯", "本报讯", "新华社北京3月4日电", "(", ")", "（", "）",
        "【", "】", "〔", "〕", "《", "》", "“", "”", "……", ".....", "　　", "\t", "|", "：", "标签:", "来源:", "发布时间:", "责任编辑:",
        "一、", "（一）", "1.", "①", "◆", "★", "——", "\u200b", "\ufeff", "\u0000", "😀", "𝟚", "٣", "http://x.cn/", "附件：", "抄送：", "年", "月",
    ];

    [Fact]
    public void Random_queries_answer_without_throwing()
    {
        var random = new Random(7);
        var failures = new List<string>();
        for (var i = 0; i < 1_500; i++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => QueryPieces[random.Next(QueryPieces.Length)] + (random.Next(3) == 0 ? " " : "")));
            try
            {
                samples.Archive.Search(new SearchRequest { Query = query, Sort = (SearchSort)random.Next(3), Page = random.Next(1, 4) });
                if (i % 5 == 0) samples.Archive.Export(new SearchRequest { Query = query }, 50);
            }
            catch (Exception e)
            {
                failures.Add($"{query} => {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(20)));
    }

    [Fact]
    public void Random_url_parameters_are_read_and_searched_without_throwing()
    {
        var random = new Random(11);
        var failures = new List<string>();
        for (var i = 0; i < 2_000; i++)
        {
            var parameters = Enumerable.Range(0, random.Next(1, 6)).Select(_ => new KeyValuePair<string, IEnumerable<string?>>(
                ParameterNames[random.Next(ParameterNames.Length)],
                [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(5) == 0 ? null
                    : string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => QueryPieces[random.Next(QueryPieces.Length)])))])).ToList();
            try
            {
                var read = SearchParameters.Read(parameters, SearchRequest.DefaultPageSize);
                if (read.Refused.Count == 0) samples.Archive.Search(read.Request);
            }
            catch (Exception e)
            {
                failures.Add($"{string.Join("&", parameters.Select(p => p.Key + "=" + string.Join(",", p.Value)))} => {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(20)));
    }

    /// <summary>Documents of real lines (corpus/real) shuffled, with the pieces of mastheads, datelines and page chrome put in at random.</summary>
    [Fact]
    public void Random_documents_parse_without_throwing()
    {
        var corpus = Archive.Evaluation.Parsing.LabelledCorpus.FindUpwards(AppContext.BaseDirectory, "corpus/real")!;
        var lines = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).ToArray();
        var random = new Random(5);
        var failures = new List<string>();
        for (var i = 0; i < 800; i++)
        {
            var text = string.Join("\n", Enumerable.Range(0, random.Next(3, 60)).Select(_ =>
            {
                var line = lines[random.Next(lines.Length)];
                var piece = LinePieces[random.Next(LinePieces.Length)];
                return random.Next(4) switch
                {
                    0 => line,
                    1 => piece + line,
                    2 => line.Insert(random.Next(line.Length + 1), piece),
                    _ => string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => LinePieces[random.Next(LinePieces.Length)])),
                };
            }));
            try
            {
                Samples.Parser.Parse(text);
            }
            catch (Exception e)
            {
                failures.Add($"{e.GetType().Name}: {e.Message} in: {text[..Math.Min(300, text.Length)]}");
            }
        }
        output.WriteLine($"{lines.Length:N0} real lines drawn from");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(10)));
    }
}
