using Archive.Indexer.Search;

namespace Archive.Web.Browse;

/// <summary>One value of a facet list: a link that ticks or unticks it.</summary>
public sealed record FacetValueView(FacetView Facet, FacetValue Value);
