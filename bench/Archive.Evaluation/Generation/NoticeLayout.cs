using System.Globalization;

namespace Archive.Evaluation.Generation;

/// <summary>
/// A notice as the 明电 sample: an optional urgency line with the document number, the title wrapped over
/// lines, 主送 recipients, numbered parts (一、 二、 …) and the issuer and date of the signature block.
/// </summary>
internal sealed class NoticeLayout(TextComposer text)
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    private const string Recipients = "各县（市、区）委组织部，市直各单位党组（党委）";

    public GeneratedDocument Create(string file, City city, DateOnly date, int number, ComposedArticle article)
    {
        var issuer = $"中共{city.Name}委组织部";
        var abbreviation = $"{city.ShortName[^1]}组{(text.Chance(0.5) ? "明电" : "发")}";
        var docNumber = $"{abbreviation}〔{date.Year}〕{number}号";
        var urgency = text.Chance(0.6) ? text.Pick(new[] { "特急", "加急" }) : null;
        var lines = new List<string>
        {
            urgency is null ? docNumber : $" 等级 {urgency}·明电  {docNumber}     ",
            "",
        };

        var title = article.Title;
        var titleLines = (title.Length + 17) / 18;
        var width = (title.Length + titleLines - 1) / titleLines;
        for (var start = 0; start < title.Length; start += width)
        {
            lines.Add(title.Substring(start, Math.Min(width, title.Length - start)));
            lines.Add("");
        }

        lines.Add($"{Recipients}：");
        lines.Add("");
        var part = 0;
        var body = new List<string>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            if (p > 0 && p % 2 == 1 && part < Numerals.Length)
            {
                body.Add($"{Numerals[part++]}、{text.Pick(DomainPhrases.Headings)}");
            }

            body.Add(article.Paragraphs[p]);
        }
        foreach (var line in body)
        {
            lines.Add(line);
            lines.Add("");
        }

        lines.Add(issuer);
        lines.Add("");
        lines.Add($"{date.Year}年{date.Month}月{date.Day}日");

        return new GeneratedDocument(new ManifestEntry
        {
            File = file,
            Format = "txt",
            Kind = "notice",
            Title = title,
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Publisher = issuer,
            Region = city.Path,
            DocNumber = docNumber,
            Urgency = urgency,
            Recipients = Recipients,
            Articles =
            [
                ManifestBody.Article(article, body) with { SourceDepartment = issuer, Region = city.Path },
            ],
        }, lines, [article]);
    }
}
