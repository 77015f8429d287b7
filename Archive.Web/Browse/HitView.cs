
namespace Archive.Web.Browse;

/// <summary>One result and the link it opens (the permalink, carrying the query for highlighting).</summary>
public sealed record HitView(SearchHit Hit, string Url);
