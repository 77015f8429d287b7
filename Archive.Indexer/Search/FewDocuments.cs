using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// A few documents of one segment (a page's hits, the head a rescoring reads), as the accepted documents of a scorer
/// that is only asked about them: a phrase scorer then skips every other document instead of reading its positions
/// on the way from one of them to the next.
/// </summary>
internal sealed class FewDocuments(IEnumerable<int> docs, int segmentDocuments) : IBits
{
    private readonly HashSet<int> _docs = [.. docs];

    public int Length => segmentDocuments;

    public bool Get(int index) => _docs.Contains(index);
}
