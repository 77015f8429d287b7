using System.Collections.Frozen;

namespace Archive.Indexer.Model;

/// <summary>Document kinds as URLs and JSON write them (snake_case) and as people call them in Chinese, in either script.</summary>
internal static class KindNames
{
    private static readonly (DocumentKind Kind, string Code, string Label, string[] Aliases)[] Table =
    [
        (DocumentKind.Bulletin, "bulletin", "组工信息", ["简报", "信息", "期刊", "組工信息", "簡報"]),
        (DocumentKind.Notice, "notice", "通知", ["明电", "公文", "文件", "明電"]),
        (DocumentKind.WebArticle, "web_article", "网页文章", ["网页", "网文", "网站", "網頁文章", "網頁", "網文", "網站"]),
        (DocumentKind.NewspaperPage, "newspaper_page", "报纸", ["报刊", "报纸版面", "報紙", "報刊", "報紙版面"]),
        (DocumentKind.Report, "report", "材料", ["讲话", "报告", "调研报告", "经验交流", "汇报", "講話", "報告", "調研報告", "經驗交流", "匯報"]),
        (DocumentKind.Generic, "generic", "其他", []),
    ];

    private static readonly FrozenDictionary<string, DocumentKind> ByName = Table
        .SelectMany(row => row.Aliases.Append(row.Code).Append(row.Label).Append(row.Kind.ToString()).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => (name, row.Kind)))
        .ToFrozenDictionary(p => p.name, p => p.Kind, StringComparer.OrdinalIgnoreCase);

    public static string Code(DocumentKind kind) => Table.First(row => row.Kind == kind).Code;

    public static string Label(DocumentKind kind) => Table.First(row => row.Kind == kind).Label;

    public static IEnumerable<string> Codes => Table.Select(row => row.Code);

    /// <summary>Every kind as a message offering them lists it: 组工信息（bulletin）、通知（notice）…</summary>
    public static string Listed { get; } = string.Join("、", Table.Select(row => $"{row.Label}（{row.Code}）"));

    public static bool TryResolve(string name, out DocumentKind kind) => ByName.TryGetValue(name.Trim(), out kind);
}
