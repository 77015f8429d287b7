using System.ComponentModel;
using Archive.Api.Configuration;
using Archive.Api.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Contracts;

/// <summary>What to search: the query and the ticked facet values (OR within a facet, AND across facets).</summary>
public sealed record SearchFilters
{
    [FromQuery(Name = SearchParameters.Query)]
    [Description("The query: words (AND), \"exact phrase\", -excluded, field:value (栏目:市外参考). Empty or absent browses the whole archive.")]
    public string? Q { get; init; }

    [FromQuery(Name = SearchParameters.Section)]
    [Description("栏目 section; repeat the parameter for several values (OR).")]
    public string[]? Section { get; init; }

    [FromQuery(Name = SearchParameters.Department)]
    [Description("来源单位 source department, e.g. 宜秀区委组织部; repeatable.")]
    public string[]? Dept { get; init; }

    [FromQuery(Name = SearchParameters.Region)]
    [Description("地区 region path province/city/county, e.g. 安徽省/安庆市; a prefix matches everything below it; repeatable.")]
    public string[]? Region { get; init; }

    [FromQuery(Name = SearchParameters.Year)]
    [Description("年份 publication year, e.g. 2022; repeatable.")]
    public string[]? Year { get; init; }

    [FromQuery(Name = SearchParameters.Kind)]
    [Description("类型: bulletin, notice, web_article, newspaper_page, report or generic (or the Chinese name, 通知 ...); repeatable.")]
    public string[]? Kind { get; init; }

    [FromQuery(Name = SearchParameters.Series)]
    [Description("刊物 publication, e.g. 安庆组工信息; repeatable.")]
    public string[]? Series { get; init; }

    [FromQuery(Name = SearchParameters.Keyword)]
    [Description("主题词 keyword; repeatable.")]
    public string[]? Keyword { get; init; }

    /// <summary>
    /// The search these parameters ask for, read by the same reader as the pages' URLs (<see cref="SearchParameters"/>):
    /// a value that can match nothing is a problem (400), one changed to fit (a page past the last) a warning. An
    /// answer with no room for warnings (an export, a feed) is <paramref name="strict"/>: a change is a problem too,
    /// so it is never a silent subset of what was asked.
    /// </summary>
    public (SearchRequest Request, IReadOnlyList<string> Warnings, ApiProblem? Problem) Read(
        RequestLimits limits, string? sort = null, int? page = null, int? size = null, bool strict = false)
    {
        var reading = SearchParameters.Read(Parameters(sort, page, size), SearchRequest.DefaultPageSize, limits.MaxQueryLength);
        if ((strict ? reading.Refused.Concat(reading.Adjusted) : reading.Refused).FirstOrDefault() is { } first)
        {
            IReadOnlyList<string>? allowed = first.Field switch
            {
                SearchParameters.Sort => SearchParameters.SortNames,
                SearchParameters.Kind => [.. KindNames.Codes],
                _ => null,
            };
            return (reading.Request, [], ApiProblems.InvalidParameter(first.Field, first.MessageEn, first.MessageZh, allowed));
        }
        return (reading.Request, [.. reading.Adjusted.Select(p => $"{p.MessageEn} / {p.MessageZh}")], null);
    }

    private IEnumerable<KeyValuePair<string, IEnumerable<string?>>> Parameters(string? sort, int? page, int? size)
    {
        KeyValuePair<string, IEnumerable<string?>> Pair(string name, IEnumerable<string?>? values) => new(name, values ?? []);
        yield return Pair(SearchParameters.Query, [Q]);
        yield return Pair(SearchParameters.Section, Section);
        yield return Pair(SearchParameters.Department, Dept);
        yield return Pair(SearchParameters.Region, Region);
        yield return Pair(SearchParameters.Year, Year);
        yield return Pair(SearchParameters.Kind, Kind);
        yield return Pair(SearchParameters.Series, Series);
        yield return Pair(SearchParameters.Keyword, Keyword);
        yield return Pair(SearchParameters.Sort, [sort]);
        yield return Pair(SearchParameters.Page, [page?.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        yield return Pair(SearchParameters.Size, [size?.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
