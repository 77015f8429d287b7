using System.Collections.Frozen;

namespace Archive.Indexer.Model;

/// <summary>Document kinds as URLs and JSON write them (snake_case) and as people call them in Chinese.</summary>
public static class KindNames
{
    private static readonly (DocumentKind Kind, string Code, string Label, string[] Aliases)[] Table =
    [
        (DocumentKind.Bulletin, "bulletin", "组工信息", ["简报", "信息", "期刊"]),
        (DocumentKind.Notice, "notice", "通知", ["明电", "公文", "文件"]),
        (DocumentKind.WebArticle, "web_article", "网页文章", ["网页", "网文", "网站"]),
        (DocumentKind.NewspaperPage, "newspaper_page", "报纸", ["报刊", "报纸版面"]),
        (DocumentKind.Report, "report", "材料", ["讲话", "报告", "调研报告", "经验交流", "汇报"]),
        (DocumentKind.Generic, "generic", "其他", []),
    ];

    private static readonly FrozenDictionary<string, DocumentKind> ByName = Table
        .SelectMany(row => row.Aliases.Append(row.Code).Append(row.Label).Append(row.Kind.ToString()).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => (name, row.Kind)))
        .ToFrozenDictionary(p => p.name, p => p.Kind, StringComparer.OrdinalIgnoreCase);

    public static string Code(DocumentKind kind) => Table.First(row => row.Kind == kind).Code;

    public static string Label(DocumentKind kind) => Table.First(row => row.Kind == kind).Label;

    public static IEnumerable<string> Codes => Table.Select(row => row.Code);

    public static IEnumerable<string> Labels => Table.Select(row => $"{row.Label}（{row.Code}）");

    public static bool TryResolve(string name, out DocumentKind kind) => ByName.TryGetValue(name.Trim(), out kind);
}
