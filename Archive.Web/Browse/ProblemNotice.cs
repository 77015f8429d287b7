namespace Archive.Web.Browse;

/// <summary>What a page says instead of its content when the URL asks for something it cannot give.</summary>
public sealed record ProblemNotice(string Title, IReadOnlyList<string> Details, string? SuggestedUrl = null, string? SuggestedLabel = null);
