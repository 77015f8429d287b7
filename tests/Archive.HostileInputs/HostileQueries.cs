using System.Text;

namespace Archive.HostileInputs;

/// <summary>
/// Queries that are unbalanced, nested, long, all operators, all stop words, mixed scripts, control characters,
/// field names with values that are none; and random strings over the query syntax's own characters.
/// </summary>
public static class HostileQueries
{
    public static IEnumerable<HostileQuery> Known()
    {
        yield return new("unbalanced quotes", "\"干部 \"考察");
        yield return new("only a quote", "\"");
        yield return new("curly quotes unbalanced", "“干部");
        yield return new("250 nested parentheses", new string('(', 250) + "干部" + new string(')', 250));
        yield return new("unbalanced parentheses", "((((干部 OR 党员");
        yield return new("only operators", "OR AND NOT - + | OR");
        yield return new("only punctuation", "，。、；：？！…—·（）《》");
        yield return new("only stop words", "的 了 和 是 在 就");
        yield return new("500 characters without spaces", Repeat("疫情防控一线考察识别干部", 42)[..500]);
        yield return new("200 words", string.Join(' ', Enumerable.Repeat("干部 党员", 100)));
        yield return new("100 OR", string.Join(" OR ", Enumerable.Repeat("干部", 100)));
        yield return new("100 exclusions", string.Join(' ', Enumerable.Range(0, 100).Select(i => $"-词{i}")));
        yield return new("half traditional", "幹部雙報到 干部双报到");
        yield return new("field without value", "栏目: 期号: 地区: 年份:");
        yield return new("field values that are none", "期号:-5 年份:abcd 日期:2022-13-45 类型:不存在 地区:/ 地区:／／");
        yield return new("year range reversed and huge", "年份:9999..1000 日期:0001-01-01..9999-12-31");
        yield return new("digits of other scripts in dates and issues", "年份:２０２３ 日期:٢٠٢٢..२०२३ 期号:８ 期号:٨ 日期:2022-０３~2022-06");
        yield return new("control characters", "干部\u0000\u0001\u001b[31m\u202e党员");
        yield return new("lone surrogate", "干部\ud800党员");
        yield return new("noncharacters", "干部\uFFFE\uFFFF党员");
        yield return new("emoji with joiners", "👨‍👩‍👧‍👦 干部 🏳️‍🌈");
        yield return new("wildcards and regex", "干* ?部 /.*/ ~2 ^3");
        yield return new("a 10,000-character run", Repeat("干部", 5_000));
        yield return new("a long Latin word", new string('a', 5_000));
        yield return new("HTML and script", "<script>alert(1)</script> \"><img src=x onerror=alert(1)>");
        yield return new("field filters nested 80 deep", Repeat("标题:(", 80) + "干部" + new string(')', 80));
        yield return new("quotes inside field values", "栏目:\"干部 标题:\"党员\" 单位:“组织部 地区:\"安徽省/\"");
        yield return new("full-width syntax", "标题：（干部 ｜ 党员）－群众 ＋组织 “培训”");
        yield return new("zero-width and bidi marks", "\u200b干\u200d部\u2066\u202e党员\u2069\ufeff \u200e\u200f");
        yield return new("a lone low surrogate and a pair cut in half", "\udc00干部 党员\ud83d");
        yield return new("a 500-character query of operators and parentheses", Repeat("-(+|\"", 100));
        // Round 30: queries built to cost, each at the 500-character bound.
        yield return new("500 characters of alternating operators and quotes", Repeat("\"干部\" OR -\"党员\" AND +“组织” | ", 20)[..500]);
        yield return new("200 different words OR'd", string.Join(" OR ", Enumerable.Range(0, 200).Select(i => $"{(char)(0x4E00 + 37 * i)}{(char)(0x4E00 + 53 * i + 1)}"))[..500]);
        yield return new("167 prefixes", string.Join(' ', Enumerable.Range(0, 167).Select(i => $"{(char)(0x4E00 + 41 * i)}*"))[..500]);
        yield return new("120 fuzzy words", Repeat("干部~2 ", 120)[..500]);
        yield return new("70 field filters with ranges", Repeat("年份:2000..2030 日期:2000-01-01..2030-12-31 期号:1..999 标题:干部 ", 20)[..500]);
        yield return new("60 phrases of three words", Repeat("\"干部党员组织\" ", 60)[..500]);
    }

    /// <summary>The known queries, then <paramref name="count"/> random strings over the syntax's characters.</summary>
    public static IEnumerable<HostileQuery> All(int seed, int count)
    {
        foreach (var query in Known()) yield return query;
        var random = new Random(seed);
        string[] pieces = ["\"", "“", "”", "(", ")", "-", "+", "|", " OR ", " AND ", ":", "：", "栏目:", "期号:", "地区:", "年份:", "日期:",
            "..", "~", "*", "干部", "党员", "疫情防控", "幹部", "/", "\\", " ", "　", "\u0000", "﻿", "1", "2022", "２０２２", "٣", "第8期", "〔2020〕"];
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 40); k > 0; k--) text.Append(pieces[random.Next(pieces.Length)]);
            yield return new($"random #{i}", text.ToString());
        }
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
