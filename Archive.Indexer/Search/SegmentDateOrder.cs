using Lucene.Net.Index;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search;

/// <summary>
/// The documents of one segment in date order, newest first and oldest first (undated last either way), each built
/// on first use. A segment never changes, so the orders live as long as it does (kept by its core: the reader passed
/// in is any of the segment's, deletions do not matter).
/// <para>
/// The two orders' doc values hold the day (yyyymmdd) above <see cref="TieBits"/> bits of the article's place among
/// that day's articles (<see cref="Tie"/>: its document, then its position there), so that articles of one day, such
/// as an issue's, keep one order, their order in the issue, wherever the index holds them: a correction indexes an
/// article again at the end, and a reindex in another order.
/// </para>
/// </summary>
internal sealed class SegmentDateOrder
{
    public const int TieBits = 38;
    private const long TieMask = (1L << TieBits) - 1;
    private const int PositionBits = 12;
    /// <summary>Above any yyyymmdd, below 2^(63 - TieBits): oldest first, an undated article comes after every day.</summary>
    private const long UndatedOldestFirst = (1L << (63 - TieBits)) - 1;

    private (long Key, int Doc)[]? _newestFirst;
    private (long Key, int Doc)[]? _oldestFirst;

    /// <summary>
    /// An article's place among a day's articles: a stable key of its document (<paramref name="documentKey"/>, any
    /// 64 bits), then its position in the document (1-based; past 4,095 positions tie, and then the index decides).
    /// </summary>
    public static long Tie(long documentKey, int position) =>
        ((documentKey & (TieMask >> PositionBits)) << PositionBits) | (long)Math.Clamp(position, 0, (1 << PositionBits) - 1);

    /// <summary>The value newest first reads: a later day larger, and among a day's articles the first tie largest; undated below every day.</summary>
    public static long NewestFirstValue(int? day, long tie) => ((day is { } d ? Held(d) : 0) << TieBits) | (TieMask - tie);

    /// <summary>The value oldest first reads: an earlier day smaller, the first tie smallest; undated above every day.</summary>
    public static long OldestFirstValue(int? day, long tie) => ((day is { } d ? Held(d) : UndatedOldestFirst) << TieBits) | tie;

    /// <summary>A day as the values hold it: yyyymmdd up to the year 3355 (dates are read up to 2100); a later one as that year's last.</summary>
    private static long Held(int day) => Math.Clamp(day, 0, UndatedOldestFirst - 1);

    /// <summary>The day part of <see cref="Key"/> or of a value: what the date alone orders.</summary>
    public static long Day(long keyOrValue) => keyOrValue >> TieBits;

    /// <summary>The segment's documents in date order, each with its <see cref="Key"/>.</summary>
    public (long Key, int Doc)[] Documents(AtomicReader segment, bool newestFirst) => newestFirst
        ? LazyInitializer.EnsureInitialized(ref _newestFirst, () => Sorted(segment, newestFirst: true))
        : LazyInitializer.EnsureInitialized(ref _oldestFirst, () => Sorted(segment, newestFirst: false));

    /// <summary>
    /// What date-sorted lists order by, ascending, read from <see cref="Ranks"/>'s doc values: the day (undated last),
    /// then the tie. Only the document tells apart two articles whose keys are equal.
    /// </summary>
    public static long Key(NumericDocValues? ranks, int doc, bool newestFirst)
    {
        // A document without the value (none in an index of this schema) reads 0: last newest first, first oldest first.
        var value = ranks?.Get(doc) ?? 0;
        return newestFirst ? long.MaxValue - value : value;
    }

    public static NumericDocValues? Ranks(AtomicReader reader, bool newestFirst) =>
        reader.GetNumericDocValues(newestFirst ? IndexFields.Date : IndexFields.DateOldestFirst);

    private static (long Key, int Doc)[] Sorted(AtomicReader segment, bool newestFirst)
    {
        var ranks = Ranks(segment, newestFirst);
        var sorted = new (long Key, int Doc)[segment.MaxDoc];
        for (var doc = 0; doc < sorted.Length; doc++)
        {
            sorted[doc] = (Key(ranks, doc, newestFirst), doc);
        }
        Array.Sort(sorted);
        return sorted;
    }
}
