using System.ComponentModel;
using Archive.Api.Errors;
using Archive.Indexer.Search;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Contracts;

/// <summary>
/// Order and page of a result list. page and size outside their range are clamped (and the answer says so
/// in warnings); an unknown sort is a 400.
/// </summary>
public sealed record SearchPaging
{
    public const int DefaultSize = 10;

    [FromQuery(Name = "sort")]
    [Description("relevance (default), newest or oldest.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("1-based page number, 1 to 1000 (default 1); values outside are clamped.")]
    public int? Page { get; init; }

    [FromQuery(Name = "size")]
    [Description("Hits per page, 1 to 100 (default 10); values outside are clamped.")]
    public int? Size { get; init; }

    public static readonly IReadOnlyList<string> SortNames = ["relevance", "newest", "oldest"];

    public (SearchSort Sort, int Page, int Size, IReadOnlyList<string> Warnings, ApiProblem? Problem) Read()
    {
        if (!TryReadSort(Sort, out var sort))
        {
            return (default, 0, 0, [], UnknownSort(Sort!));
        }
        var warnings = new List<string>();
        var page = Clamp("page", Page ?? 1, 1, SearchRequest.MaxPage, warnings);
        var size = Clamp("size", Size ?? DefaultSize, 1, SearchRequest.MaxPageSize, warnings);
        return (sort, page, size, warnings, null);
    }

    public static bool TryReadSort(string? value, out SearchSort sort)
    {
        sort = SearchSort.Relevance;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        SearchSort? known = value.Trim().ToLowerInvariant() switch
        {
            "relevance" => SearchSort.Relevance,
            "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            _ => null,
        };
        sort = known ?? SearchSort.Relevance;
        return known is not null;
    }

    public static ApiProblem UnknownSort(string value) =>
        ApiProblems.InvalidParameter("sort", $"'{value}' is not an order.", $"“{value}”不是可用的排序方式。", SortNames);

    private static int Clamp(string name, int value, int min, int max, List<string> warnings)
    {
        var clamped = Math.Clamp(value, min, max);
        if (clamped != value)
        {
            warnings.Add($"{name}={value} is outside {min}..{max}; {clamped} was used. / {name}={value} 超出 {min}..{max} 的范围，已按 {clamped} 处理。");
        }
        return clamped;
    }
}
