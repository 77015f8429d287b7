using System.Globalization;
using System.Text.Json;

namespace Archive.Indexer.Model;

/// <summary>
/// A field editors may correct: its name in the API (snake_case), its label in the UI, the store column that holds
/// it, and what kind of value it takes. Whether it is a document's or an article's is the list it is in
/// (<see cref="Document"/>, <see cref="Article"/>). Values travel as canonical JSON (text, a number, yyyy-MM-dd, a
/// kind code, a list of names, or null), the form the audit log keeps.
/// </summary>
public sealed record CorrectableField
{
    internal CorrectableField(string name, string label, string column, FieldKind kind) => (Name, Label, Column, Kind) = (name, label, column, kind);

    public string Name { get; }
    public string Label { get; }
    internal string Column { get; }
    internal FieldKind Kind { get; }

    /// <summary>Whether the value is one of the document kinds (a form offers them as a choice, by code).</summary>
    public bool IsKind => Kind == FieldKind.Kind;

    /// <summary>How a value is written, as a form shows it in an empty input ("" where the label says enough).</summary>
    public string Example => Kind switch
    {
        FieldKind.Date => "如 2022-03-10",
        FieldKind.Region => "如 安徽省/安庆市/宜秀区",
        FieldKind.Names => "多人以“、”分隔",
        FieldKind.WebAddress => "如 https://www.example.gov.cn/2022/0310/1.html",
        _ => "",
    };

    /// <summary>The fields editors correct: a document's (kind, series, 期号, 总期号, date, publisher, 文号, and a web page's site, byline and address, which its citation names) and an article's.</summary>
    public static IReadOnlyList<CorrectableField> Document { get; } =
    [
        new("kind", "类型", "kind", FieldKind.Kind),
        new("series", "刊物", "series", FieldKind.Text),
        new("issue_number", "期号", "issue_number", FieldKind.Number),
        new("total_issue_number", "总期号", "total_issue_number", FieldKind.Number),
        new("date", "日期", "date", FieldKind.Date),
        new("publisher", "编发单位", "publisher", FieldKind.Text),
        new("doc_number", "文号", "doc_number", FieldKind.DocumentNumber),
        new("site", "网站", "site", FieldKind.Text),
        new("author", "署名", "author", FieldKind.Text),
        new("source_url", "网址", "source_url", FieldKind.WebAddress),
    ];

    public static IReadOnlyList<CorrectableField> Article { get; } =
    [
        new("title", "标题", "title", FieldKind.Title),
        new("subtitle", "副标题", "subtitle", FieldKind.Text),
        new("section", "栏目", "section", FieldKind.Text),
        new("source_department", "来源单位", "source_department", FieldKind.Text),
        new("region", "地区", "region", FieldKind.Region),
        new("authors", "作者", "authors", FieldKind.Names),
        new("page", "页码", "page", FieldKind.Number),
    ];

    /// <summary>The audit log's names for an article's boundaries being moved.</summary>
    public const string Split = "split";
    public const string Merge = "merge";

    /// <summary>The audit log's names for a document deleted and restored; its status before and after are the values.</summary>
    public const string Delete = "delete";
    public const string Restore = "restore";

    /// <summary>The UI label of a field, a boundary change or a status change in the audit log.</summary>
    public static string LabelOf(string name) => name switch
    {
        Split => "拆分",
        Merge => "合并",
        Delete => "删除",
        Restore => "恢复",
        _ => Document.Concat(Article).FirstOrDefault(f => f.Name == name)?.Label ?? name,
    };

    /// <summary>The column's value as the store holds it (TEXT, INTEGER, JSON text) for a canonical JSON value.</summary>
    internal object? ToColumn(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        _ => Kind switch
        {
            FieldKind.Number => value.GetInt64(),
            FieldKind.Kind => KindNames.TryResolve(value.GetString()!, out var kind) ? kind.ToString() : throw new ArgumentException(value.GetRawText()),
            FieldKind.Names => value.GetRawText(),
            _ => value.GetString(),
        },
    };

    /// <summary>The canonical JSON value of a column as the store holds it.</summary>
    internal JsonElement FromColumn(object? column) => column switch
    {
        null or DBNull => CanonicalJson.Null,
        _ => Kind switch
        {
            FieldKind.Number => CanonicalJson.Of(Convert.ToInt64(column, CultureInfo.InvariantCulture)),
            FieldKind.Kind => CanonicalJson.Of(KindNames.Code(Enum.Parse<DocumentKind>((string)column))),
            FieldKind.Names => JsonDocument.Parse((string)column).RootElement.Clone(),
            _ => CanonicalJson.Of((string)column),
        },
    };
}

/// <summary>What a field holds, which decides how an editor's input is read and checked.</summary>
internal enum FieldKind
{
    /// <summary>One line of text; empty clears it.</summary>
    Text,
    /// <summary>One line of text that cannot be empty (an article's title).</summary>
    Title,
    /// <summary>A 文号 (庆组〔2022〕8号), written as the parsers write it; other text as given.</summary>
    DocumentNumber,
    /// <summary>A whole number from 1 (期号, 总期号, 页码).</summary>
    Number,
    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    Date,
    /// <summary>A document kind by its code (<see cref="KindNames.Codes"/>).</summary>
    Kind,
    /// <summary>A region of the gazetteer, kept as its path (安徽省/安庆市/宜秀区).</summary>
    Region,
    /// <summary>A list of names (authors).</summary>
    Names,
    /// <summary>A web page's address: an absolute http or https URL (<see cref="WebAddress"/>).</summary>
    WebAddress,
}
