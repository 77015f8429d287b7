using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Archive.Indexer.Search.Synonyms;

/// <summary>
/// A bigram stream with <see cref="SynonymMarks"/> added: where the last bigrams spell a synonym, its marks follow at the
/// position of its last bigram (position increment 0, so a field's length, and so its scores, stay as they were).
/// </summary>
internal sealed class SynonymMarkFilter : TokenFilter
{
    private readonly SynonymMarks _marks;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    /// <summary>The last bigrams' numbers and positions, as many as the longest synonym has: a ring.</summary>
    private readonly int[] _bigrams, _positions;
    private int _seen;
    private int _position;
    /// <summary>The marks still to give at the current position, and the bigram's state they copy.</summary>
    private readonly List<string> _pending = [];
    private int _given;
    private State? _at;

    public SynonymMarkFilter(TokenStream input, SynonymMarks marks) : base(input)
    {
        _marks = marks;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _bigrams = new int[Math.Max(1, marks.Longest)];
        _positions = new int[_bigrams.Length];
    }

    public override bool IncrementToken()
    {
        if (_given < _pending.Count)
        {
            RestoreState(_at);
            _term.SetEmpty().Append(_pending[_given++]);
            _increment.PositionIncrement = 0;
            return true;
        }
        _pending.Clear();
        _given = 0;
        if (!m_input.IncrementToken()) return false;
        _position += _increment.PositionIncrement;
        var bigram = _marks.Bigram(_term.Buffer.AsSpan(0, _term.Length));
        var slot = _seen++ % _bigrams.Length;
        _bigrams[slot] = bigram;
        _positions[slot] = _position;
        if (bigram >= 0) Spelt(bigram);
        return true;
    }

    /// <summary>Queues the marks of every synonym the bigrams up to this one spell.</summary>
    private void Spelt(int last)
    {
        foreach (var spelling in _marks.EndingWith(last))
        {
            var length = spelling.Bigrams.Length;
            if (length > _seen) continue;
            var spelt = true;
            for (var back = 1; back < length && spelt; back++)
            {
                var slot = (_seen - 1 - back) % _bigrams.Length;
                spelt = _bigrams[slot] == spelling.Bigrams[length - 1 - back] && _positions[slot] == _position - back;
            }
            if (!spelt) continue;
            _pending.AddRange(spelling.Marks);
        }
        if (_pending.Count > 0) _at = CaptureState();
    }

    public override void Reset()
    {
        base.Reset();
        _seen = 0;
        _position = -1;
        _pending.Clear();
        _given = 0;
        _at = null;
    }
}

/// <summary>The index's analyzer with <see cref="SynonymMarks"/> in the fields a query finds synonyms in.</summary>
internal sealed class SynonymMarkedFields(Analyzer analyzer, SynonymMarks marks, IReadOnlySet<string> fields) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => analyzer;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        fields.Contains(fieldName) ? new(components.Tokenizer, new SynonymMarkFilter(components.TokenStream, marks)) : components;
}
