using System.Collections.Frozen;

namespace Archive.Indexer.Search.Syntax;

/// <summary>The names a field goes by in queries, Chinese and English; the Chinese one is canonical.</summary>
internal static class QueryFieldNames
{
    private static readonly (QueryField Field, string[] Names)[] Table =
    [
        (QueryField.Title, ["标题", "title"]),
        (QueryField.Department, ["单位", "dept", "department", "来源单位"]),
        (QueryField.Region, ["地区", "region"]),
        (QueryField.Section, ["栏目", "section"]),
        (QueryField.Series, ["刊物", "series"]),
        (QueryField.Issue, ["期号", "issue"]),
        (QueryField.DocNumber, ["文号", "docno"]),
        (QueryField.Year, ["年份", "year"]),
        (QueryField.Date, ["日期", "date"]),
        (QueryField.Kind, ["类型", "kind"]),
        (QueryField.Keyword, ["主题词", "keyword"]),
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
