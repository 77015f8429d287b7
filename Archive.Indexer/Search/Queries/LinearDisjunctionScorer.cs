using Lucene.Net.Search;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// A disjunction of a handful of scorers moved by one linear scan, each scorer's document kept beside it: cheaper than
/// Lucene's heap for so few, and no scorer's score is read before <see cref="Scorer.GetScore"/> asks (a match that a
/// ticked facet value leaves out is never scored). Leading scorers find the documents; the others are only moved to
/// the documents the leading ones find.
/// </summary>
internal abstract class LinearDisjunctionScorer : Scorer
{
    private readonly Scorer[] _scorers;
    private readonly bool[] _leads;
    private readonly int[] _docs;
    private int _doc = -1;

    protected LinearDisjunctionScorer(Weight weight, Scorer[] scorers, bool[] leads) : base(weight)
    {
        _scorers = scorers;
        _leads = leads;
        _docs = new int[scorers.Length];
        Array.Fill(_docs, -1);
    }

    public sealed override int DocID => _doc;

    /// <summary>How many of the scorers are on the current document.</summary>
    public sealed override int Freq => Covered();

    /// <summary>How many of the scorers are on the current document, each counting its <paramref name="units"/> (or one), without scoring any.</summary>
    protected int Covered(int[]? units = null)
    {
        var on = 0;
        for (var i = 0; i < _scorers.Length; i++) if (_docs[i] == _doc) on += units?[i] ?? 1;
        return on;
    }

    /// <summary>
    /// The scores of the scorers on the current document, summed in order, and how many there are (each counting its
    /// <paramref name="units"/>, or one).
    /// </summary>
    protected (int On, float Sum) Scores(int[]? units = null)
    {
        var (on, sum) = (0, 0.0);
        for (var i = 0; i < _scorers.Length; i++)
        {
            if (_docs[i] != _doc) continue;
            on += units?[i] ?? 1;
            sum += _scorers[i].GetScore();
        }
        return (on, (float)sum);
    }

    public sealed override long GetCost()
    {
        var cost = 0L;
        for (var i = 0; i < _scorers.Length; i++) if (_leads[i]) cost += _scorers[i].GetCost();
        return cost;
    }

    public sealed override int NextDoc() => _doc == NO_MORE_DOCS ? NO_MORE_DOCS : Move(_doc + 1);

    public sealed override int Advance(int target) => Move(target);

    private int Move(int target)
    {
        var next = NO_MORE_DOCS;
        for (var i = 0; i < _scorers.Length; i++)
        {
            if (!_leads[i]) continue;
            var doc = _docs[i];
            if (doc < target) _docs[i] = doc = _scorers[i].MoveTo(doc, target);
            if (doc < next) next = doc;
        }
        if (next != NO_MORE_DOCS)
        {
            for (var i = 0; i < _scorers.Length; i++)
                if (!_leads[i] && _docs[i] < next) _docs[i] = _scorers[i].Advance(next);
        }
        return _doc = next;
    }
}
