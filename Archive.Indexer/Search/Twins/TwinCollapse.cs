using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search.Twins;

/// <summary>
/// Collapses near-duplicate groups over all the matches of one search, so that the total, every page and the export
/// count a republished article once: a match whose article belongs to a group is held back while collecting; then
/// each group with a hit is one hit, represented by its first hit in the list's order (the best scored, or the
/// newest or oldest; among equals its leader, then by <see cref="IndexFields.TwinRank"/>, never by where the index
/// happens to hold them, so that a correction or a reindex leaves the same hit and permalink in the list), and <see cref="FacetingCollector"/> counts each group once per facet value of its members.
/// Only grouped articles cost anything beyond an array look-up, and what they cost is held in pooled arrays: a broad
/// search holds back tens of thousands of matches, which as growing lists made garbage the collector paused for.
/// </summary>
internal sealed class TwinCollapse : IDisposable
{
    private readonly TwinGroupOrdinals _groups;
    private readonly MatchOrder _order;
    private Member[] _members;
    private int _memberCount;
    /// <summary>Per group: its last member held back (members link to the one before), and its best hit; -1 when none.</summary>
    private int[] _last;
    private int[] _best;
    /// <summary>The groups with a member held back, in the order they were first met.</summary>
    private int[] _touched;
    private int _touchedCount;

    private int _leaf;
    private int _docBase;
    private NumericDocValues? _values;
    private NumericDocValues? _ranks;
    private Scorer? _scorer;

    public TwinCollapse(TwinGroupOrdinals groups, MatchOrder order)
    {
        _groups = groups;
        _order = order;
        _last = ArrayPool<int>.Shared.Rent(Math.Max(1, groups.Count));
        _best = ArrayPool<int>.Shared.Rent(Math.Max(1, groups.Count));
        // Every group is touched once at most, so _touched never grows; members grow (pooled) when more match.
        _touched = ArrayPool<int>.Shared.Rent(Math.Max(1, groups.Count));
        _members = ArrayPool<Member>.Shared.Rent(Math.Max(64, groups.Count));
        Array.Fill(_last, -1, 0, groups.Count);
        Array.Fill(_best, -1, 0, groups.Count);
    }

    /// <summary>A held-back match: its segment and document there, the facet selection it missed (-1: none, a hit), its rank in its group.</summary>
    internal readonly record struct Member(int Leaf, int Doc, int Missed, RankedMatch Match, int Previous, long Rank);

    public void SetNextReader(AtomicReaderContext context)
    {
        _leaf = context.Ord;
        _docBase = context.DocBase;
        _values = _order.Values(context.AtomicReader);
        _ranks = context.AtomicReader.GetNumericDocValues(IndexFields.TwinRank);
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    /// <summary>Holds the match back when its article is in a group (true); <paramref name="missed"/> as in FacetingCollector.</summary>
    public bool HoldBack(int doc, int missed)
    {
        var group = _groups.Of(_leaf, doc);
        if (group < 0) return false;
        if (_last[group] < 0) _touched[_touchedCount++] = group;
        var match = new RankedMatch(_docBase + doc, _order.ByScore ? _scorer!.GetScore() : float.NaN, _order.OrderOf(_values, doc));
        var member = new Member(_leaf, doc, missed, match, _last[group], _ranks?.Get(doc) ?? 0);
        Append(ref _members, _memberCount, member);
        _last[group] = _memberCount++;
        if (missed < 0 && (_best[group] < 0 || StandsBefore(member, _members[_best[group]]))) _best[group] = _last[group];
        return true;
    }

    private bool StandsBefore(in Member member, in Member other)
    {
        var byOrder = _order.CompareScoreAndDay(member.Match, other.Match);
        if (byOrder != 0) return byOrder < 0;
        return member.Rank != other.Rank ? member.Rank < other.Rank : member.Match.Doc < other.Match.Doc;
    }

    /// <summary>The groups with a hit, each as its representative.</summary>
    public List<RankedMatch> Representatives()
    {
        var representatives = new List<RankedMatch>();
        foreach (var group in Touched)
        {
            if (_best[group] >= 0) representatives.Add(_members[_best[group]].Match);
        }
        return representatives;
    }

    /// <summary>The groups with a member held back, hit or near miss.</summary>
    public ReadOnlySpan<int> Touched => _touched.AsSpan(0, _touchedCount);

    /// <summary>Whether one of the group's members is a hit: then the group is one.</summary>
    public bool HasHit(int group) => _best[group] >= 0;

    /// <summary>The group's last member held back; the others follow through <see cref="Member.Previous"/> (-1 ends).</summary>
    public int LastMember(int group) => _last[group];

    public ref readonly Member this[int member] => ref _members[member];

    /// <summary>Writes <paramref name="item"/> at <paramref name="index"/>, trading the pooled array for one twice as large when full.</summary>
    private static void Append<T>(ref T[] items, int index, T item)
    {
        if (index == items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(64, items.Length * 2));
            items.AsSpan().CopyTo(larger);
            if (items.Length > 0) ArrayPool<T>.Shared.Return(items);
            items = larger;
        }
        items[index] = item;
    }

    public void Dispose()
    {
        if (_last.Length > 0) ArrayPool<int>.Shared.Return(_last);
        if (_best.Length > 0) ArrayPool<int>.Shared.Return(_best);
        if (_touched.Length > 0) ArrayPool<int>.Shared.Return(_touched);
        if (_members.Length > 0) ArrayPool<Member>.Shared.Return(_members);
        _last = _best = _touched = [];
        _members = [];
    }
}
