using Archive.Indexer.Search;

namespace Archive.Web.Browse;

/// <summary>One node of the region tree (province, city or county) at its depth.</summary>
public sealed record RegionNodeView(FacetView Facet, FacetValue Node, int Depth);
