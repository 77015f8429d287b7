namespace Archive.Api.Contracts;

/// <summary>The facet counts of everything matching (the whole archive without q or filters).</summary>
public sealed record FacetsResponse(long Total, string? Query, IReadOnlyList<string> Warnings, IReadOnlyList<Facet> Facets);
