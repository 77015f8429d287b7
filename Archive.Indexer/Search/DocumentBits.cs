using System.Buffers;

namespace Archive.Indexer.Search;

/// <summary>
/// A set of the documents of one segment, one bit each, reused from segment to segment and search to search (its
/// words come from a pool: a segment of 1,000,000 documents takes 125 KB, which would otherwise be a new
/// large-object allocation per search).
/// </summary>
internal sealed class DocumentBits : IDisposable
{
    private long[] _words = [];

    /// <summary>How many documents the segment has.</summary>
    public int Documents { get; private set; }

    public int WordCount => (Documents + 63) >> 6;

    /// <summary>Empties the set and sizes it for a segment of <paramref name="documents"/> documents.</summary>
    public void Reset(int documents)
    {
        Documents = documents;
        if (_words.Length < WordCount)
        {
            Dispose();
            _words = ArrayPool<long>.Shared.Rent(WordCount);
        }
        Array.Clear(_words, 0, WordCount);
    }

    public void Add(int doc) => _words[doc >> 6] |= 1L << doc;

    public bool Contains(int doc) => (_words[doc >> 6] & (1L << doc)) != 0;

    /// <summary>
    /// The 64 documents from 64 x <paramref name="index"/> as bits, in the set or (<paramref name="complement"/>)
    /// not in it; never a document past the segment's end.
    /// </summary>
    public long Word(int index, bool complement = false)
    {
        var word = complement ? ~_words[index] : _words[index];
        var tail = Documents & 63;
        return index == WordCount - 1 && tail != 0 ? word & ((1L << tail) - 1) : word;
    }

    public void Dispose()
    {
        if (_words.Length > 0) ArrayPool<long>.Shared.Return(_words);
        _words = [];
    }
}
