namespace Archive.Indexer.Model;

/// <summary>The fields editors correct: a document's (kind, series, 期号, 总期号, date, publisher, 文号) and an article's.</summary>
public static class CorrectableFields
{
    public static IReadOnlyList<CorrectableField> Document { get; } =
    [
        new("kind", "类型", CorrectionTarget.Document, "kind", FieldKind.Kind),
        new("series", "刊物", CorrectionTarget.Document, "series", FieldKind.Text),
        new("issue_number", "期号", CorrectionTarget.Document, "issue_number", FieldKind.Number),
        new("total_issue_number", "总期号", CorrectionTarget.Document, "total_issue_number", FieldKind.Number),
        new("date", "日期", CorrectionTarget.Document, "date", FieldKind.Date),
        new("publisher", "编发单位", CorrectionTarget.Document, "publisher", FieldKind.Text),
        new("doc_number", "文号", CorrectionTarget.Document, "doc_number", FieldKind.Text),
    ];

    public static IReadOnlyList<CorrectableField> Article { get; } =
    [
        new("title", "标题", CorrectionTarget.Article, "title", FieldKind.Title),
        new("subtitle", "副标题", CorrectionTarget.Article, "subtitle", FieldKind.Text),
        new("section", "栏目", CorrectionTarget.Article, "section", FieldKind.Text),
        new("source_department", "来源单位", CorrectionTarget.Article, "source_department", FieldKind.Text),
        new("region", "地区", CorrectionTarget.Article, "region", FieldKind.Region),
        new("authors", "作者", CorrectionTarget.Article, "authors", FieldKind.Names),
        new("page", "页码", CorrectionTarget.Article, "page", FieldKind.Number),
    ];

    /// <summary>The audit log's names for an article's boundaries being moved.</summary>
    public const string Split = "split";
    public const string Merge = "merge";

    public static IReadOnlyList<CorrectableField> Of(CorrectionTarget target) => target == CorrectionTarget.Document ? Document : Article;

    public static CorrectableField? Find(CorrectionTarget target, string name) => Of(target).FirstOrDefault(f => f.Name == name);

    /// <summary>The UI label of a field or a boundary change in the audit log.</summary>
    public static string Label(string name) => name switch
    {
        Split => "拆分",
        Merge => "合并",
        _ => Document.Concat(Article).FirstOrDefault(f => f.Name == name)?.Label ?? name,
    };
}
