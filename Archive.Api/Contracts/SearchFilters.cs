using System.ComponentModel;
using Archive.Api.Configuration;
using Archive.Api.Errors;
using Archive.Indexer.Parsing;
using Archive.Indexer.Search;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Contracts;

/// <summary>What to search: the query and the ticked facet values (OR within a facet, AND across facets).</summary>
public sealed record SearchFilters
{
    public const int MaxValuesPerFacet = 20;
    public const int MaxValueLength = 100;

    [FromQuery(Name = "q")]
    [Description("The query: words (AND), \"exact phrase\", -excluded, field:value (栏目:市外参考). Empty or absent browses the whole archive.")]
    public string? Q { get; init; }

    [FromQuery(Name = "section")]
    [Description("栏目 section; repeat the parameter for several values (OR).")]
    public string[]? Section { get; init; }

    [FromQuery(Name = "dept")]
    [Description("来源单位 source department, e.g. 宜秀区委组织部; repeatable.")]
    public string[]? Dept { get; init; }

    [FromQuery(Name = "region")]
    [Description("地区 region path province/city/county, e.g. 安徽省/安庆市; a prefix matches everything below it; repeatable.")]
    public string[]? Region { get; init; }

    [FromQuery(Name = "year")]
    [Description("年份 publication year, e.g. 2022; repeatable.")]
    public string[]? Year { get; init; }

    [FromQuery(Name = "kind")]
    [Description("类型: bulletin, notice, web_article, newspaper_page, report or generic; repeatable.")]
    public string[]? Kind { get; init; }

    [FromQuery(Name = "series")]
    [Description("刊物 publication, e.g. 安庆组工信息; repeatable.")]
    public string[]? Series { get; init; }

    [FromQuery(Name = "keyword")]
    [Description("主题词 keyword; repeatable.")]
    public string[]? Keyword { get; init; }

    /// <summary>Checks the values and builds the filters of a <see cref="SearchRequest"/>; a problem when one is nonsense.</summary>
    public (string? Query, Dictionary<FacetField, IReadOnlyList<string>> Filters, ApiProblem? Problem) Read(RequestLimits limits)
    {
        var query = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (query is { Length: var length } && length > limits.MaxQueryLength)
        {
            return (null, [], ApiProblems.InvalidParameter("q",
                $"the query has {length} characters; at most {limits.MaxQueryLength} are allowed.",
                $"检索式共 {length} 个字符，最多允许 {limits.MaxQueryLength} 个。"));
        }
        var filters = new Dictionary<FacetField, IReadOnlyList<string>>();
        foreach (var field in FacetParameters.All)
        {
            var name = FacetParameters.Name(field);
            var values = (ValuesOf(field) ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();
            if (values.Count == 0)
            {
                continue;
            }
            var problem = Check(field, name, values);
            if (problem is not null)
            {
                return (null, [], problem);
            }
            filters[field] = values;
        }
        return (query, filters, null);
    }

    private string[]? ValuesOf(FacetField field) => field switch
    {
        FacetField.Section => Section,
        FacetField.Department => Dept,
        FacetField.Region => Region,
        FacetField.Year => Year,
        FacetField.Kind => Kind,
        FacetField.Series => Series,
        FacetField.Keyword => Keyword,
        _ => null,
    };

    private static ApiProblem? Check(FacetField field, string name, List<string> values)
    {
        if (values.Count > MaxValuesPerFacet)
        {
            return ApiProblems.InvalidParameter(name, $"at most {MaxValuesPerFacet} values may be given.", $"最多可给出 {MaxValuesPerFacet} 个值。");
        }
        if (values.FirstOrDefault(v => v.Length > MaxValueLength) is { } tooLong)
        {
            return ApiProblems.InvalidParameter(name, $"a value has {tooLong.Length} characters; at most {MaxValueLength} are allowed.",
                $"有一个值长 {tooLong.Length} 个字符，最多允许 {MaxValueLength} 个。");
        }
        if (field == FacetField.Year && values.FirstOrDefault(v => !IsYear(v)) is { } notYear)
        {
            return ApiProblems.InvalidParameter(name, $"'{notYear}' is not a year; give four digits such as 2022.",
                $"“{notYear}”不是年份，请写四位数字，例如 2022。");
        }
        if (field == FacetField.Kind && values.FirstOrDefault(v => !KindNames.Contains(v)) is { } notKind)
        {
            return ApiProblems.InvalidParameter(name, $"'{notKind}' is not a document kind.", $"“{notKind}”不是文档类型。", KindNames);
        }
        return null;
    }

    private static bool IsYear(string value) => value.Length == 4 && int.TryParse(value, out var year) && year is >= 1900 and <= 2100;

    /// <summary>bulletin, notice, web_article, newspaper_page, report, generic</summary>
    public static readonly IReadOnlyList<string> KindNames =
        [.. Enum.GetValues<DocumentKind>().Select(k => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString()))];
}
