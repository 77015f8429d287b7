namespace Archive.Api.Contracts;

/// <summary>The articles most like one article; with other_regions_only, only from other regions ("similar measures in other cities").</summary>
public sealed record SimilarResponse(string ArticleId, bool OtherRegionsOnly, IReadOnlyList<Hit> Hits);
