using Archive.Indexer.Chinese;
using System.Net;
using System.Text;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Search;

/// <summary>
/// Marks what a query matched, over the offsets of the bigram analyzer (the same tokens the index holds, so a
/// word or a phrase is marked exactly where it matched), and picks 1-3 fragments of about 120 characters
/// around the best matches. Text is HTML-escaped first; matches are wrapped in &lt;mark&gt;.
/// </summary>
internal sealed class SnippetHighlighter(TextAnalysis analysis)
{
    public const int FragmentLength = 120;
    public const int MaxFragments = 3;
    /// <summary>
    /// Snippets look for matches in this much of a text at most, and weigh the first <see cref="MaxSpans"/> of
    /// them: one enormous article full of a query word must not slow every search that shows it.
    /// </summary>
    public const int MaxScannedLength = 100_000;
    public const int MaxSpans = 200;

    /// <summary>Prepares the needles (query words and phrases) once per search.</summary>
    public Needles Prepare(IReadOnlyList<string> texts)
    {
        var sequences = new List<string[]>();
        var characters = new List<string>();
        foreach (var text in texts)
        {
            var tokens = TextAnalysis.Tokens(analysis.Bigrams, text);
            if (tokens.Count == 1 && tokens[0].Term.Length == 1)
            {
                // A single character is indexed only inside bigrams: find it in the text itself.
                characters.Add(tokens[0].Term);
            }
            else if (tokens.Count > 0)
            {
                sequences.Add(tokens.Select(t => t.Term).ToArray());
            }
        }
        return new Needles(sequences, characters);
    }

    /// <summary>The whole text, escaped, with the matches marked (those within <see cref="MaxScannedLength"/>).</summary>
    public string MarkAll(string text, Needles needles)
    {
        var spans = Spans(text, needles);
        return Render(text, 0, text.Length, spans);
    }

    /// <summary>Up to three fragments around the best matches; the opening of the text when nothing matched.</summary>
    public IReadOnlyList<string> Fragments(string text, Needles needles)
    {
        var spans = Spans(text, needles);
        if (spans.Count == 0)
        {
            var end = CharacterBoundary.At(text, Math.Min(text.Length, FragmentLength));
            return text.Length == 0 ? [] : [Render(text, 0, end, spans) + (end < text.Length ? "…" : "")];
        }

        // Windows start at a match (or the sentence start just before it) and are ranked by the distinct
        // needles they hold, then by how many matches. The spans are in order and apart (starts and ends both
        // increase), so those inside a window are one run of them, [first, last), which moves along with the windows.
        var candidates = new List<(int Start, int End, int Distinct, int Matches)>(spans.Count);
        var seenIn = needles.Count <= 256 ? stackalloc int[needles.Count] : new int[needles.Count];
        seenIn.Fill(-1);
        int first = 0, last = 0;
        foreach (var span in spans)
        {
            var start = SentenceStart(text, span.Start);
            var end = CharacterBoundary.At(text, Math.Min(text.Length, start + FragmentLength));
            while (first > 0 && spans[first - 1].Start >= start) first--;
            while (first < spans.Count && spans[first].Start < start) first++;
            last = Math.Max(last, first);
            while (last > first && spans[last - 1].End > end) last--;
            while (last < spans.Count && spans[last].End <= end) last++;
            var distinct = 0;
            for (var i = first; i < last; i++)
            {
                if (seenIn[spans[i].Needle] == candidates.Count) continue;
                seenIn[spans[i].Needle] = candidates.Count;
                distinct++;
            }
            candidates.Add((start, end, distinct, last - first));
        }
        var chosen = new List<(int Start, int End)>();
        foreach (var c in candidates.OrderByDescending(c => c.Distinct).ThenByDescending(c => c.Matches).ThenBy(c => c.Start))
        {
            if (chosen.Any(o => c.Start < o.End && o.Start < c.End)) continue;
            chosen.Add((c.Start, c.End));
            if (chosen.Count == MaxFragments) break;
        }
        return chosen.OrderBy(c => c.Start)
            .Select(c => (c.Start > 0 ? "…" : "") + Render(text, c.Start, c.End, spans) + (c.End < text.Length ? "…" : ""))
            .ToList();
    }

    private List<Span> Spans(string text, Needles needles)
    {
        var spans = new List<Span>();
        if (text.Length == 0 || needles.IsEmpty) return spans;
        var original = CharacterBoundary.Cut(text, MaxScannedLength);
        // Matches are sought in the text as the index reads its words, so a word with one ideograph quoted for emphasis
        // (战“疫”) is marked where search found it; each span is then placed back in the text.
        var scanned = QuotedEmphasis.Reading(original, out var origins);
        // Folding keeps lengths (幹 is marked for 干); pinyin glosses, which the analyzer drops, do not.
        var spelled = needles.IdeographRuns is not null && !PinyinGlossCharFilter.HasGlosses(scanned);
        var folded = needles.Characters.Count > 0 || spelled ? analysis.Folding.Fold(scanned) : scanned;
        if (spelled)
        {
            for (var n = 0; n < needles.Sequences.Count; n++) AddOccurrences(folded, needles.IdeographRuns![n], n, spans);
        }
        else if (needles.Sequences.Count > 0)
        {
            var tokens = NeedleTokens(scanned, needles);
            for (var n = 0; n < needles.Sequences.Count; n++) AddOccurrences(tokens, needles.Sequences[n], n, spans);
        }
        for (var c = 0; c < needles.Characters.Count; c++)
        {
            var needle = needles.Characters[c];
            for (var at = folded.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0; at = folded.IndexOf(needle, at + needle.Length, StringComparison.OrdinalIgnoreCase))
            {
                spans.Add(new Span(at, at + needle.Length, needles.Sequences.Count + c));
            }
        }
        if (origins is not null)
        {
            for (var i = 0; i < spans.Count; i++)
            {
                var (start, end) = QuotedEmphasis.InText(original, origins, spans[i].Start, spans[i].End);
                spans[i] = spans[i] with { Start = start, End = end };
            }
        }
        var merged = Merge(spans);
        return merged.Count <= MaxSpans ? merged : merged.GetRange(0, MaxSpans);
    }

    /// <summary>
    /// Each occurrence of a run of ideographs in the folded text, overlapping ones included: where the analyzer gives
    /// the run's bigrams one after another, without running the analyzer over the whole text.
    /// </summary>
    private static void AddOccurrences(string folded, string run, int needle, List<Span> spans)
    {
        for (var at = folded.IndexOf(run, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(run, at + 1, StringComparison.Ordinal))
        {
            spans.Add(new Span(at, at + run.Length, needle));
        }
    }

    /// <summary>
    /// The text's bigram tokens that are some needle's term, with their index in the whole stream: a match is a run of
    /// these at consecutive indexes and positions. The other tokens (nearly all of a body) are never made strings.
    /// </summary>
    private List<NeedleToken> NeedleTokens(string text, Needles needles)
    {
        var tokens = new List<NeedleToken>();
        using var stream = analysis.Bigrams.GetTokenStream("f", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var terms = needles.Terms.GetAlternateLookup<ReadOnlySpan<char>>();
        stream.Reset();
        var position = -1;
        var index = 0;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            // A bigram joined across an insertion in brackets (村党 of 村(社区)党) is not in the stream the marks are
            // counted by: its text is not written there, and the folded-text search that marks runs of ideographs
            // without the analyzer never finds it.
            if (offset.EndOffset - offset.StartOffset < term.Length) continue;
            if (terms.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var known))
            {
                tokens.Add(new NeedleToken(known, index, Math.Max(position, 0), offset.StartOffset, offset.EndOffset));
            }
            index++;
        }
        stream.End();
        return tokens;
    }

    /// <summary>
    /// Each run of consecutive tokens that spells the sequence, as a span of the needle, found in one pass
    /// (Knuth-Morris-Pratt): checking the sequence at every token cost the tokens times its length, and in a text of one
    /// character repeated, that character 400 times in quotes matched 398 terms deep at every token (0.7-0.9 s a hit).
    /// </summary>
    private static void AddOccurrences(List<NeedleToken> tokens, string[] sequence, int needle, List<Span> spans)
    {
        var fallback = Fallback(sequence);
        var matched = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (matched > 0 && (token.Index != tokens[i - 1].Index + 1 || token.Position != tokens[i - 1].Position + 1)) matched = 0;
            while (matched > 0 && !Same(token.Term, sequence[matched])) matched = fallback[matched - 1];
            if (Same(token.Term, sequence[matched])) matched++;
            if (matched < sequence.Length) continue;
            spans.Add(new Span(tokens[i - sequence.Length + 1].Start, token.End, needle));
            matched = fallback[matched - 1];
        }
    }

    /// <summary>For each prefix of the sequence, the length of its longest proper prefix that is also its suffix.</summary>
    private static int[] Fallback(string[] sequence)
    {
        var fallback = new int[sequence.Length];
        for (int i = 1, length = 0; i < sequence.Length; i++)
        {
            while (length > 0 && !Same(sequence[i], sequence[length])) length = fallback[length - 1];
            if (Same(sequence[i], sequence[length])) length++;
            fallback[i] = length;
        }
        return fallback;
    }

    private static bool Same(string term, string other) => ReferenceEquals(term, other) || string.Equals(term, other, StringComparison.Ordinal);

    /// <summary>Overlapping matches become one mark; the needle of the first is kept for ranking.</summary>
    private static List<Span> Merge(List<Span> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Span>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    private static int SentenceStart(string text, int matchStart)
    {
        var limit = Math.Max(0, matchStart - FragmentLength / 3);
        for (var i = matchStart - 1; i >= limit; i--)
        {
            if (text[i] is '。' or '！' or '？' or '；' or '\n' or '!' or '?' or ';') return i + 1;
        }
        return CharacterBoundary.At(text, limit);
    }

    private static string Render(string text, int start, int end, List<Span> spans)
    {
        var html = new StringBuilder();
        var at = start;
        foreach (var span in spans)
        {
            if (span.End <= start || span.Start >= end) continue;
            var s = Math.Max(span.Start, start);
            var e = Math.Min(span.End, end);
            html.Append(Escape(text, at, s));
            html.Append("<mark>").Append(Escape(text, s, e)).Append("</mark>");
            at = e;
        }
        html.Append(Escape(text, at, end));
        return html.ToString();
    }

    private static string Escape(string text, int start, int end) =>
        WebUtility.HtmlEncode(text[start..end].Replace('\n', ' '));

    private readonly record struct Span(int Start, int End, int Needle);

    private readonly record struct NeedleToken(string Term, int Index, int Position, int Start, int End);

    public sealed record Needles(IReadOnlyList<string[]> Sequences, IReadOnlyList<string> Characters)
    {
        /// <summary>Every term of the sequences, to pick the tokens worth keeping.</summary>
        public HashSet<string> Terms { get; } = Sequences.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);

        /// <summary>
        /// Each sequence as the run of ideographs it is the bigrams of (基层党建 for 基层 层党 党建), when every one is
        /// such a run; null otherwise (a number, a Latin word, bigrams of two runs).
        /// </summary>
        public IReadOnlyList<string>? IdeographRuns { get; } = Runs(Sequences);

        public bool IsEmpty => Sequences.Count == 0 && Characters.Count == 0;

        /// <summary>How many needles there are: a span's needle is below this.</summary>
        public int Count => Sequences.Count + Characters.Count;

        private static List<string>? Runs(IReadOnlyList<string[]> sequences)
        {
            var runs = new List<string>(sequences.Count);
            foreach (var sequence in sequences)
            {
                var run = new StringBuilder(sequence[0]);
                for (var i = 0; i < sequence.Length; i++)
                {
                    var bigram = sequence[i];
                    if (bigram.Length != 2 || !CharClass.IsHan(bigram[0]) || !CharClass.IsHan(bigram[1]) || (i > 0 && bigram[0] != sequence[i - 1][1])) return null;
                    if (i > 0) run.Append(bigram[1]);
                }
                runs.Add(run.ToString());
            }
            return runs;
        }
    }
}
