namespace Archive.Indexer.Search.Synonyms;

/// <summary>
/// Where names that mean the same thing come from: the project's tables in corpus/dict (domain terms) and the
/// gazetteer's short forms of place names.
/// </summary>
internal interface ISynonymSource
{
    IEnumerable<SynonymGroup> Groups();
}

/// <summary>
/// Terms that name the same thing (组织工作, 组工), each a synonym of the others; or, one way, a term and what it
/// stands for (两优一先 for 优秀共产党员, 优秀党务工作者, 先进基层党组织: each of those is not a synonym of the others).
/// </summary>
internal sealed record SynonymGroup(IReadOnlyList<string> Terms, bool OneWay = false);
