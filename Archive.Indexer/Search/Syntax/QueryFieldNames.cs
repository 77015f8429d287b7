using System.Collections.Frozen;

namespace Archive.Indexer.Search.Syntax;

/// <summary>The names a field goes by in queries, Chinese (in either script) and English; the first, simplified, is canonical.</summary>
internal static class QueryFieldNames
{
    private static readonly (QueryField Field, string[] Names)[] Table =
    [
        (QueryField.Title, ["标题", "title", "標題"]),
        (QueryField.Department, ["单位", "dept", "department", "来源单位", "單位", "來源單位"]),
        (QueryField.Region, ["地区", "region", "地區"]),
        (QueryField.Section, ["栏目", "section", "欄目"]),
        (QueryField.Series, ["刊物", "series"]),
        (QueryField.Issue, ["期号", "issue", "期號"]),
        (QueryField.DocNumber, ["文号", "docno", "文號"]),
        (QueryField.Year, ["年份", "year"]),
        (QueryField.Date, ["日期", "date"]),
        (QueryField.Kind, ["类型", "kind", "類型"]),
        (QueryField.Keyword, ["主题词", "keyword", "主題詞"]),
        (QueryField.Author, ["作者", "author"]),
    ];

    private static readonly FrozenDictionary<string, QueryField> ByName = Table
        .SelectMany(row => row.Names.Select(name => (name, row.Field)))
        .ToFrozenDictionary(p => p.name, p => p.Field, StringComparer.OrdinalIgnoreCase);

    public static bool TryResolve(string name, out QueryField field) => ByName.TryGetValue(name, out field);

    public static string Canonical(QueryField field) => Table.First(row => row.Field == field).Names[0];

    /// <summary>Every field with its names, for help pages.</summary>
    public static IReadOnlyList<(QueryField Field, IReadOnlyList<string> Names)> All =>
        Table.Select(row => (row.Field, (IReadOnlyList<string>)row.Names)).ToList();
}
