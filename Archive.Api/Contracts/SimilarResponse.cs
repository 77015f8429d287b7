namespace Archive.Api.Contracts;

/// <summary>
/// The articles most like one article; with other_regions_only, only from other regions ("similar measures in other
/// cities"). warnings says what was changed to fit (a count outside 1..50), as a search's do.
/// </summary>
public sealed record SimilarResponse(string ArticleId, bool OtherRegionsOnly, IReadOnlyList<string> Warnings, IReadOnlyList<Hit> Hits);
