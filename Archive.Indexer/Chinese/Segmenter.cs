using System.Buffers;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Chinese word segmentation: <see cref="TextScanner"/> cuts the text by script; each run of ideographs is cut by the
/// word-bigram model (<see cref="BigramRoute"/>) in the context of what stands beside it; stretches the route leaves as
/// single characters go to the character HMM, which finds names and new words (<see cref="UnknownWords"/>); a number
/// takes its unit (<see cref="Quantities"/>). Tokens carry offsets into the original text.
/// Immutable and thread-safe; per call it only rents buffers from the shared pool.
/// </summary>
internal sealed class Segmenter
{
    /// <summary>Bumped when the rules change how text is cut (the data files are fingerprinted by content).</summary>
    public const int Version = 16;

    private readonly HmmModel hmm;
    private readonly BigramRoute route;
    private readonly UnknownWords unknownWords;
    private readonly SubWords subWords;

    public Segmenter(WordDictionary dictionary, WordBigrams bigrams, HmmModel hmm)
    {
        Dictionary = dictionary;
        Bigrams = bigrams;
        this.hmm = hmm;
        route = new BigramRoute(dictionary, bigrams);
        unknownWords = new UnknownWords(dictionary, hmm);
        subWords = new SubWords(route, dictionary);
    }

    public WordDictionary Dictionary { get; }

    public WordBigrams Bigrams { get; }

    public long ApproximateBytes => Dictionary.ApproximateBytes + Bigrams.ApproximateBytes + hmm.ApproximateBytes;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public void Segment(ReadOnlySpan<char> text, SegmentMode mode, List<Token> tokens)
    {
        var scanner = new TextScanner(text);
        Quantity? number = null; // a number waiting to see whether the next run starts with its unit
        var previousEnd = -1;
        var previousKind = TokenKind.Punctuation;
        while (scanner.MoveNext(out var run))
        {
            if (number is { } pending && run.Start < pending.Whole.End)
            {
                run = new Token(pending.Whole.End, run.End - pending.Whole.End, run.Kind, 1); // the number took its first ideographs
                if (run.Length == 0) continue;
            }
            if (run.Kind == TokenKind.Word && CharClass.IsHan(text[run.Start]))
            {
                var peek = scanner;
                var after = peek.MoveNext(out var next) && next.Start == run.End ? Context(next.Kind, Dictionary.SentenceEnd) : Dictionary.SentenceEnd;
                var before = previousEnd == run.Start ? Context(previousKind, Dictionary.SentenceStart) : Dictionary.SentenceStart;
                if (number is { } n && n.Whole.End != run.Start) Flush(ref number, mode, tokens);
                SegmentHan(text, run, before, after, number, mode, tokens);
                number = null;
            }
            else if (run.Kind == TokenKind.Number)
            {
                Flush(ref number, mode, tokens);
                var ordinal = IsOrdinalPrefix(text, tokens, run.Start);
                if (ordinal) tokens.RemoveAt(tokens.Count - 1);
                var prefix = ordinal ? 1 : 0;
                var whole = run with { Start = run.Start - prefix, Length = prefix + run.Length + Quantities.SuffixLength(text, run.End) };
                var peek = scanner;
                if (peek.MoveNext(out var next) && next.Start == whole.End && Quantities.IsPercent(text, next))
                {
                    scanner = peek;
                    new Quantity(whole with { Length = whole.Length + 1 }, run.Length, prefix).Add(mode, tokens);
                }
                else number = new Quantity(whole, run.Length, prefix);
                run = whole; // what follows stands after the number and what it took
            }
            else
            {
                Flush(ref number, mode, tokens);
                tokens.Add(run);
            }
            previousEnd = run.End;
            previousKind = run.Kind;
        }
        Flush(ref number, mode, tokens);
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

    /// <summary>
    /// The parts search mode cuts one word into, when they make up the whole of it (疫情防控 → 疫情 防控; 村书记 has
    /// none: 村 alone is no part); empty for anything else (a number with its unit, 5号, is no word of parts).
    /// </summary>
    public IReadOnlyList<string> Parts(string word)
    {
        var tokens = SearchTokensOfWord(word);
        if (tokens.Count == 0) return [];
        var parts = new List<string>();
        var end = 0;
        // A part's own parts follow it and start inside it: only the next part starts where the last one ended.
        foreach (var part in tokens.Skip(1).Where(t => t.PositionIncrement == 0))
        {
            if (part.Start != end) continue;
            parts.Add(part.Text(word));
            end = part.End;
        }
        return end == word.Length && parts.Count >= 2 ? parts : [];
    }

    /// <summary>
    /// Every word search mode finds inside one word, whether or not they make up the whole of it (生活会 → 生活: 会 alone
    /// is no word); empty for anything else.
    /// </summary>
    public IReadOnlyList<string> InnerWords(string word) =>
        SearchTokensOfWord(word).Skip(1).Where(t => t.PositionIncrement == 0).Select(t => t.Text(word)).ToList();

    /// <summary>Search mode's tokens of a word of ideographs that is one word as a whole (its first token); empty otherwise.</summary>
    private List<Token> SearchTokensOfWord(string word)
    {
        var tokens = Segment(word, SegmentMode.Search);
        return tokens is [{ Start: 0, Kind: TokenKind.Word } whole, ..] && whole.Length == word.Length && word.All(CharClass.IsHan) ? tokens : [];
    }

    /// <summary>What a run beside a run of ideographs counts as in the bigram model: a number, a Latin word, or a sentence boundary.</summary>
    private WordClass Context(TokenKind kind, WordClass boundary) => kind switch
    {
        TokenKind.Number => Dictionary.Number,
        TokenKind.Latin => Dictionary.Latin,
        _ => boundary,
    };

    /// <summary>
    /// Whether the last token is 第 alone, right before the number at <paramref name="numberStart"/>: an ordinal with digits
    /// is one word (第3 期, 第57 次, 第9号), as PKU keeps 第十五 and every gold writes 第3 whole.
    /// </summary>
    private static bool IsOrdinalPrefix(ReadOnlySpan<char> text, List<Token> tokens, int numberStart) =>
        tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Word, Length: 1, PositionIncrement: 1 } last &&
        last.End == numberStart && text[last.Start] == '第';

    /// <summary>
    /// Whether an hour stands right before the number at <paramref name="numberStart"/> (8时 30分, 九点 十五分, 9時 30分): only then is
    /// 分 after it a minute, a unit of time that joins the number; else it is points (积 20 分, 每 次 2 分, 460 分), a measure.
    /// </summary>
    private static bool AfterHour(ReadOnlySpan<char> text, List<Token> tokens, int numberStart) =>
        tokens.Count > 0 && tokens[^1] is var last && last.End == numberStart && text[last.End - 1] is '时' or '点' or '時' or '點';

    private static void Flush(ref Quantity? number, SegmentMode mode, List<Token> tokens)
    {
        number?.Add(mode, tokens);
        number = null;
    }

    /// <summary>
    /// The longest run of ideographs the route cuts at once. Its lattice takes memory in proportion to the run (about
    /// 250 bytes a character), and a file of ideographs without punctuation is one run: 15 M characters took 3.8 GB.
    /// A longer run is cut in pieces of this length, each routed between sentence boundaries. Sentences are far
    /// shorter, and a query (at most 500 characters) is never cut, so no search reads text differently from the index.
    /// </summary>
    internal const int MaxRouteLength = 1_000;

    private void SegmentHan(ReadOnlySpan<char> text, Token run, WordClass before, WordClass after, Quantity? number, SegmentMode mode, List<Token> tokens)
    {
        for (var start = run.Start; start < run.End; start += MaxRouteLength)
        {
            var piece = new Token(start, Math.Min(MaxRouteLength, run.End - start), run.Kind, start == run.Start ? run.PositionIncrement : 1);
            RouteHan(text, piece, start == run.Start ? before : Dictionary.SentenceStart, piece.End == run.End ? after : Dictionary.SentenceEnd,
                start == run.Start ? number : null, mode, tokens);
        }
    }

    private void RouteHan(ReadOnlySpan<char> text, Token run, WordClass before, WordClass after, Quantity? number, SegmentMode mode, List<Token> tokens)
    {
        var chars = text.Slice(run.Start, run.Length);
        var words = ArrayPool<RouteWord>.Shared.Rent(run.Length);
        try
        {
            var count = route.Cut(chars, before, after, words);
            count = unknownWords.Find(chars, words, count, before == Dictionary.Number);
            var i = 0;
            if (number is { } n)
            {
                if (Quantities.IsUnitWord(chars, words[0]) && (chars[0] != '分' || AfterHour(text, tokens, n.Whole.Start)))
                {
                    n.WithUnit(1).Add(mode, tokens);
                    i = 1;
                }
                else n.Add(mode, tokens);
            }
            for (; i < count; i++)
            {
                var word = words[i];
                var token = new Token(run.Start + word.Start, word.Length, TokenKind.Word, 1);
                if (word.Kind == WordKind.Numeral && i + 1 < count && Quantities.IsUnitWord(chars, words[i + 1]) &&
                    (chars[words[i + 1].Start] != '分' || AfterHour(text, tokens, token.Start)))
                {
                    new Quantity(token, word.Length).WithUnit(1).Add(mode, tokens);
                    i++;
                }
                else if (word.Kind == WordKind.Name)
                {
                    tokens.Add(token with { Length = 1 });
                    tokens.Add(new Token(token.Start + 1, token.Length - 1, TokenKind.Word, 1));
                }
                else
                {
                    tokens.Add(token);
                    if (mode == SegmentMode.Search && word.Length >= 3) subWords.Add(chars, word, run.Start, tokens);
                }
            }
        }
        finally
        {
            ArrayPool<RouteWord>.Shared.Return(words);
        }
    }

    /// <summary>
    /// A number with what it took (3.5万, 1450余, 2000年, 50%, 第3): one token, and in search mode its parts after it, the
    /// number and what follows it (an ordinal's 第, one character, is no part).
    /// </summary>
    private readonly record struct Quantity(Token Whole, int NumberLength, int PrefixLength = 0)
    {
        public Quantity WithUnit(int length) => this with { Whole = Whole with { Length = Whole.Length + length } };

        public void Add(SegmentMode mode, List<Token> tokens)
        {
            tokens.Add(Whole);
            if (mode != SegmentMode.Search || NumberLength == Whole.Length) return;
            var numberEnd = Whole.Start + PrefixLength + NumberLength;
            tokens.Add(Whole with { Start = Whole.Start + PrefixLength, Length = NumberLength, PositionIncrement = 0 });
            if (numberEnd < Whole.End) tokens.Add(new Token(numberEnd, Whole.End - numberEnd, TokenKind.Word, 0));
        }
    }
}
