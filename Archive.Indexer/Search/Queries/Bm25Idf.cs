namespace Archive.Indexer.Search.Queries;

/// <summary>How rare a word is among the articles, as BM25 (Lucene's BM25Similarity) weighs it.</summary>
internal static class Bm25Idf
{
    /// <param name="holders">How many documents hold the word.</param>
    /// <param name="documents">How many documents there are, counted as <paramref name="holders"/> is: with DocFreq,
    /// which counts deleted documents until their segment merges, MaxDoc (a word all hold would weigh less than nothing
    /// against NumDocs after a re-ingest).</param>
    public static double Of(long holders, long documents) => Math.Log(1 + (documents - holders + 0.5) / (holders + 0.5));
}
