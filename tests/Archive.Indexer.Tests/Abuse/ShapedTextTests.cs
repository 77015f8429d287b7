using System.Text;
using Archive.Indexer.Parsing;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Abuse;

/// <summary>
/// Texts shaped to keep one stage of the parsers working between two reads of a line, where the parse budget does not
/// look (hostile31): one line of nearly all a document may hold of one piece, and texts that look like thousands of
/// articles. Each is parsed within the budget, keeping its text, and never into more articles than a document may hold
/// unless ingest refuses it for that (measured in docs/ingestion.md).
/// </summary>
public sealed class ShapedTextTests
{
    private static readonly DocumentParser Parser = DocumentParser.CreateDefault();

    /// <summary>Just under the 4 M characters a document may hold.</summary>
    private const int Line = 3_900_000;

    public static TheoryData<string> OneLineShapes => new() { "党建", "0123456789", "、", "，", "，,。.；;：:", "〔2020〕2号", "（）", "本报讯" };

    [Theory]
    [MemberData(nameof(OneLineShapes))]
    public void One_line_of_a_piece_repeated_to_what_a_document_holds_is_parsed_within_the_budget_keeping_its_text(string piece)
    {
        var text = Repeated(piece, Line);

        var parsed = Parser.Parse(text);

        Assert.InRange(parsed.Articles.Count, 1, ParsedDocument.MaxArticles);
        Assert.True(Kept(parsed) >= text.Length * 9 / 10, $"{piece}: {Kept(parsed):N0} of {text.Length:N0} characters kept");
    }

    public static TheoryData<string, bool> ManyArticleShapes => new()
    {
        // 20,000 headings each followed by one line of text.
        { string.Join('\n', Enumerable.Range(0, 20_000).Select(i => $"关于做好第{i}项组织工作的通知\n各县区委组织部要认真做好第{i}项工作。")), false },
        // 50,000 section markers of a bulletin, every other one followed by a line.
        { string.Join('\n', Enumerable.Range(0, 50_000).Select(i => (i % 3 == 0 ? "市外参考" : "市内信息") + (i % 2 == 0 ? "\n各地扎实推进基层党建工作。" : ""))), false },
        // A bulletin whose masthead repeats before every line: as many issues as lines, past what a document may hold.
        { string.Join('\n', Enumerable.Range(0, 20_000).Select(i => $"组工信息\n第{i % 50 + 1}期\n中共某市委组织部编 2023年5月6日\n各地扎实推进基层党建工作第{i}项。")), true },
    };

    [Theory]
    [MemberData(nameof(ManyArticleShapes))]
    public void A_text_that_looks_like_thousands_of_articles_is_parsed_within_the_budget_into_a_bounded_number_or_refused_by_ingest(string text, bool pastTheBound)
    {
        var parsed = Parser.Parse(text);

        if (pastTheBound) Assert.True(parsed.Articles.Count > ParsedDocument.MaxArticles, $"{parsed.Articles.Count:N0} articles");
        else Assert.InRange(parsed.Articles.Count, 1, ParsedDocument.MaxArticles);
        Assert.True(Kept(parsed) >= text.Length / 2, $"{Kept(parsed):N0} of {text.Length:N0} characters kept");
    }

    private static string Repeated(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length) text.Append(piece);
        return text.ToString();
    }

    /// <summary>The characters of the text the articles and the matter around them hold.</summary>
    private static long Kept(ParsedDocument parsed) =>
        parsed.Articles.Sum(a => (long)(a.Title?.Length ?? 0) + a.Body.Length) + parsed.FrontMatter.Sum(l => (long)l.Length) + parsed.BackMatter.Sum(l => (long)l.Length);
}
