using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Contracts;

/// <summary>
/// Order and page of a result list, read with the filters (<see cref="SearchFilters.Read"/>): page and size outside
/// their range are clamped (and the answer says so in warnings); an unknown sort is a 400.
/// </summary>
public sealed record SearchPaging
{
    [FromQuery(Name = SearchParameters.Sort)]
    [Description("relevance, newest or oldest; by default relevance with a query, newest without.")]
    public string? Sort { get; init; }

    [FromQuery(Name = SearchParameters.Page)]
    [Description("1-based page number, 1 to 1000 (default 1); values outside are clamped.")]
    public int? Page { get; init; }

    [FromQuery(Name = SearchParameters.Size)]
    [Description("Hits per page, 1 to 100 (default 10); values outside are clamped.")]
    public int? Size { get; init; }
}
