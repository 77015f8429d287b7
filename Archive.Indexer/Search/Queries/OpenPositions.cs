using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// Where the terms of a pattern stand in a segment (the bigrams starting with 务: 务实, 务工, 务中 …; the words of three
/// ending in 区): per field and pattern, the documents holding any of them and, per document, their positions, sorted
/// and without repeats; deleted documents included (the caller applies its accepted documents). Reading them unions
/// the postings of every such term, a hundred or more (务 starts 186 bigrams in the bodies of 20,000 generated
/// articles), which a search for the same pattern again need not pay a second time (<see cref="OpenPhraseQuery"/>).
/// Held for segments of any reader: a segment's terms of a pattern are the same whichever reader holds it. At most
/// <see cref="Budget"/> numbers are held in all; past that the cache starts over. A pattern whose terms stand more
/// than so many times in one segment (<see cref="MaxPositions"/>) is not held.
/// </summary>
/// <param name="maxPositions">Positions of one pattern in one segment held at most (4 bytes each).</param>
internal sealed class OpenPositions(int maxPositions = OpenPositions.MaxPositions)
{
    public const int MaxPositions = 2_000_000;
    /// <summary>Documents and positions held in all (4 bytes each, a document counting two, an entry one).</summary>
    private const long Budget = 8_000_000;

    /// <summary>Per segment core (weakly, so that a segment merged away takes its entries with it), per field and pattern.</summary>
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Field, string Pattern), Where?>> _held = new();
    private long _numbers;

    /// <summary>
    /// The documents holding the bigrams (ascending), each one's positions from Starts[i] to Starts[i + 1]; Frequency is
    /// the terms' document frequencies summed, as Lucene's union of their postings counts its cost.
    /// </summary>
    public sealed record Where(int[] Docs, int[] Starts, int[] Positions, long Frequency)
    {
        public long Numbers => 2L * Docs.Length + Positions.Length;
    }

    /// <summary>
    /// Where the <paramref name="terms"/> (every term of the field that the <paramref name="pattern"/> accepts, of the
    /// reader holding the segment) stand in the segment; null when they stand there more than so many times.
    /// </summary>
    public Where? Of(AtomicReader segment, string field, string pattern, IReadOnlyList<Term> terms)
    {
        var held = _held.GetValue(segment.CoreCacheKey, _ => new());
        if (held.TryGetValue((field, pattern), out var where)) return where;
        where = Read(segment, field, terms, maxPositions);
        // An entry counts one more than its numbers, so that patterns found nowhere cannot pile up unbounded either.
        var numbers = 1 + (where?.Numbers ?? 0);
        if (Interlocked.Add(ref _numbers, numbers) > Budget)
        {
            _held.Clear();
            Interlocked.Exchange(ref _numbers, numbers);
            held = _held.GetValue(segment.CoreCacheKey, _ => new());
        }
        held[(field, pattern)] = where;
        return where;
    }

    private static Where? Read(AtomicReader segment, string field, IReadOnlyList<Term> terms, int maxPositions)
    {
        if (segment.GetTerms(field) is not { } fieldTerms) return new([], [0], [], 0);
        var each = fieldTerms.GetEnumerator();
        var postings = new List<DocsAndPositionsEnum>();
        var (total, frequency) = (0L, 0L);
        foreach (var term in terms)
        {
            if (!each.SeekExact(term.Bytes)) continue;
            total += each.TotalTermFreq;
            frequency += each.DocFreq;
            if (total > maxPositions) return null;
            postings.Add(each.DocsAndPositions(null, null, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"field {field} was indexed without positions"));
        }
        var found = new long[total];
        var count = 0;
        foreach (var enumerator in postings)
        {
            for (var doc = enumerator.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = enumerator.NextDoc())
            {
                for (var k = enumerator.Freq; k > 0; k--) found[count++] = ((long)doc << 32) | (uint)enumerator.NextPosition();
            }
        }
        Array.Sort(found, 0, count);
        var docs = new List<int>();
        var starts = new List<int>();
        var positions = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && found[i] == found[i - 1]) continue;
            var doc = (int)(found[i] >> 32);
            if (docs.Count == 0 || docs[^1] != doc)
            {
                docs.Add(doc);
                starts.Add(positions.Count);
            }
            positions.Add((int)found[i]);
        }
        starts.Add(positions.Count);
        return new([.. docs], [.. starts], [.. positions], frequency);
    }
}
