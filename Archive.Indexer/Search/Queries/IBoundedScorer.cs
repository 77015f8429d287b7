namespace Archive.Indexer.Search.Queries;

/// <summary>
/// A scorer that bounds the current document's score before computing it: a collector keeping only the best matches
/// passes over a document whose bound does not reach the least of them, without scoring it.
/// </summary>
internal interface IBoundedScorer
{
    /// <summary>More than the current document's score can be.</summary>
    float ScoreBound { get; }
}
