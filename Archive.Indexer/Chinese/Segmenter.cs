using System.Buffers;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Chinese word segmentation after jieba: within each run of ideographs, the DAG of all dictionary words,
/// the maximum-probability route by log frequency (right to left), and HMM Viterbi for stretches of single
/// characters the dictionary does not join. Numbers, Latin words, punctuation and symbols come from
/// <see cref="TextScanner"/>. Tokens carry offsets into the original text.
/// Immutable and thread-safe; per call it only rents buffers from the shared pool.
/// </summary>
public sealed class Segmenter(WordDictionary dictionary, HmmModel hmm)
{
    public WordDictionary Dictionary { get; } = dictionary;

    public long ApproximateBytes => Dictionary.ApproximateBytes + hmm.ApproximateBytes;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public void Segment(ReadOnlySpan<char> text, SegmentMode mode, List<Token> tokens)
    {
        var scanner = new TextScanner(text);
        while (scanner.MoveNext(out var run))
        {
            if (run.Kind == TokenKind.Word && run.Length > 1) SegmentHan(text, run.Start, run.Length, mode, tokens);
            else tokens.Add(run);
        }
    }

    public List<Token> Segment(ReadOnlySpan<char> text, SegmentMode mode = SegmentMode.Precise)
    {
        var tokens = new List<Token>();
        Segment(text, mode, tokens);
        return tokens;
    }

    /// <summary>The normalized words of <paramref name="text"/>, punctuation included: for the CLI and for reading.</summary>
    public IReadOnlyList<string> Words(string text, SegmentMode mode = SegmentMode.Precise) =>
        Segment(text, mode).ConvertAll(t => t.Text(text));

    private void SegmentHan(ReadOnlySpan<char> text, int offset, int length, SegmentMode mode, List<Token> tokens)
    {
        var run = text.Slice(offset, length);
        var best = ArrayPool<double>.Shared.Rent(length + 1);
        var ends = ArrayPool<int>.Shared.Rent(length + 1);
        try
        {
            Route(run, best, ends);
            var pending = -1; // start of a stretch of single characters, for the HMM
            for (var i = 0; i < length;)
            {
                var end = ends[i];
                if (end - i == 1)
                {
                    if (pending < 0) pending = i;
                }
                else
                {
                    if (pending >= 0) CutSingles(run, pending, i, offset, mode, tokens);
                    pending = -1;
                    AddWord(run, i, end, offset, mode, tokens);
                }
                i = end;
            }
            if (pending >= 0) CutSingles(run, pending, length, offset, mode, tokens);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(best);
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    /// <summary>Best route from each position to the end: best[i] its log probability, ends[i] where its first word ends.</summary>
    private void Route(ReadOnlySpan<char> run, double[] best, int[] ends)
    {
        var dictionary = Dictionary;
        var unknown = dictionary.UnknownLogProbability;
        var n = run.Length;
        best[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            var node = dictionary.Root(run[i]);
            var single = node != 0 ? dictionary.LogProbability(node) : float.NegativeInfinity;
            var bestScore = (float.IsNegativeInfinity(single) ? unknown : single) + best[i + 1];
            var bestEnd = i + 1;
            for (var j = i + 1; j < n && node != 0; j++)
            {
                node = dictionary.Child(node, run[j]);
                if (node == 0) break;
                var p = dictionary.LogProbability(node);
                if (float.IsNegativeInfinity(p)) continue;
                var score = p + best[j + 1];
                if (score >= bestScore)
                {
                    bestScore = score;
                    bestEnd = j + 1;
                }
            }
            best[i] = bestScore;
            ends[i] = bestEnd;
        }
    }

    /// <summary>A stretch of characters the route left single: one stays one; several go to the HMM unless they form a known word.</summary>
    private void CutSingles(ReadOnlySpan<char> run, int from, int to, int offset, SegmentMode mode, List<Token> tokens)
    {
        if (to - from == 1 || Dictionary.Contains(run[from..to]))
        {
            for (var i = from; i < to; i++) tokens.Add(new Token(offset + i, 1, TokenKind.Word, 1));
            return;
        }
        var wordEnds = ArrayPool<int>.Shared.Rent(to - from);
        try
        {
            var count = hmm.Cut(run[from..to], wordEnds);
            var start = from;
            for (var k = 0; k < count; k++)
            {
                var end = from + wordEnds[k];
                AddWord(run, start, end, offset, mode, tokens);
                start = end;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(wordEnds);
        }
    }

    /// <summary>Adds a word; in search mode, a word of three characters or more is followed by its dictionary sub-words at the same position.</summary>
    private void AddWord(ReadOnlySpan<char> run, int start, int end, int offset, SegmentMode mode, List<Token> tokens)
    {
        tokens.Add(new Token(offset + start, end - start, TokenKind.Word, 1));
        if (mode != SegmentMode.Search || end - start < 3) return;
        var dictionary = Dictionary;
        for (var i = start; i < end - 1; i++)
        {
            var node = dictionary.Root(run[i]);
            for (var j = i + 1; j < end && node != 0; j++)
            {
                node = dictionary.Child(node, run[j]);
                if (node == 0) break;
                if (i == start && j == end - 1) break; // the word itself
                if (!float.IsNegativeInfinity(dictionary.LogProbability(node)))
                    tokens.Add(new Token(offset + i, j + 1 - i, TokenKind.Word, 0));
            }
        }
    }
}
