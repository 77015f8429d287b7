using Archive.Indexer.Search.Syntax;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Turns a parsed query into a Lucene query. A word matches where its exact text occurs (a bigram phrase) or
/// where all its words occur (the word field); the title counts more than the body; quoted phrases match exact
/// text only; terms close together score higher (the top hits are rescored by proximity). Also collects what the highlighter should mark.
/// </summary>
internal sealed class QueryCompiler(TextAnalysis analysis)
{
    public const float TitleBoost = 4f;
    private const float MetaBoost = 0.5f;
    /// <summary>How much the rescoring query's score adds when the top hits are rescored with it.</summary>
    public const double RescoringWeight = 1.5;
    private const int ProximitySlop = 12;

    public CompiledQuery Compile(ParsedQuery parsed)
    {
        var gathered = new Gathered(new List<string>(parsed.Warnings));
        var query = parsed.Root is null ? null : Node(parsed.Root, positive: true, gathered);
        return new CompiledQuery(query, query is null ? null : Rescoring(gathered), gathered.Needles.Distinct().ToList(), gathered.Warnings);
    }

    /// <summary>
    /// What the top hits are rescored by: all the query's words close together (a sloppy phrase), and the exact
    /// text of each word that is several words (scored by its words alone, 选拔年轻干部 ranks the same whether its
    /// words are adjacent or scattered).
    /// </summary>
    private static Query? Rescoring(Gathered gathered)
    {
        var rescoring = new BooleanQuery();
        if (gathered.ProximityWords.Count is >= 2 and <= 8)
        {
            var proximity = new PhraseQuery { Slop = ProximitySlop };
            foreach (var word in gathered.ProximityWords) proximity.Add(new Term(IndexFields.BodyWords, word));
            rescoring.Add(proximity, Occur.SHOULD);
        }
        foreach (var (bigrams, withBody) in gathered.ExactTexts)
        {
            rescoring.Add(Boosted(Phrase(IndexFields.TitleBigrams, bigrams), TitleBoost), Occur.SHOULD);
            if (withBody) rescoring.Add(Phrase(IndexFields.BodyBigrams, bigrams), Occur.SHOULD);
        }
        return rescoring.Clauses.Count == 0 ? null : rescoring;
    }

    /// <summary>What compiling a query gathers besides the query: warnings, texts to highlight, what to rescore by.</summary>
    private sealed record Gathered(List<string> Warnings)
    {
        public List<string> Needles { get; } = [];
        public List<string> ProximityWords { get; } = [];
        public List<(List<AnalyzedToken> Bigrams, bool WithBody)> ExactTexts { get; } = [];
    }

    private Query? Node(QueryNode node, bool positive, Gathered gathered)
    {
        switch (node)
        {
            case TextNode text:
                var query = Text(text, gathered.Warnings);
                if (query is not null && positive && text.Field is QueryField.Text or QueryField.Title)
                {
                    gathered.Needles.Add(text.Text);
                    if (!text.Phrase)
                    {
                        var words = Words(text.Text);
                        gathered.Needles.AddRange(words);
                        if (text.Field == QueryField.Text) gathered.ProximityWords.AddRange(words);
                        var bigrams = TextAnalysis.Tokens(analysis.Bigrams, text.Text);
                        if (words.Count >= 2 && bigrams.Count >= 2) gathered.ExactTexts.Add((bigrams, text.Field == QueryField.Text));
                    }
                }
                return query;
            case DateRangeNode range:
                return Filter(NumericRangeQuery.NewInt32Range(IndexFields.Date,
                    range.From is { } from ? ArticleDocument.DateKey(from) : null,
                    range.To is { } to ? ArticleDocument.DateKey(to) : null, true, true));
            case NotNode not:
                var inner = Node(not.Inner, !positive, gathered);
                return inner is null ? null : new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { inner, Occur.MUST_NOT } };
            case AllOfNode all:
                return Combine(all.Children, Occur.MUST, positive, gathered);
            case AnyOfNode any:
                return Combine(any.Children, Occur.SHOULD, positive, gathered);
            default:
                return null;
        }
    }

    private Query? Combine(IReadOnlyList<QueryNode> children, Occur occur, bool positive, Gathered gathered)
    {
        var compiled = new List<(QueryNode Node, Query Query)>();
        foreach (var child in children)
        {
            var query = Node(child, positive, gathered);
            if (query is not null) compiled.Add((child, query));
        }
        if (compiled.Count == 0) return null;
        if (compiled.Count == 1) return compiled[0].Query;

        var boolean = new BooleanQuery();
        var required = 0;
        foreach (var (child, query) in compiled)
        {
            // An excluded term inside AND is a plain MUST_NOT; inside OR it keeps its match-all form.
            if (occur == Occur.MUST && child is NotNode && query is BooleanQuery { Clauses.Count: 2 } negation)
            {
                boolean.Add(negation.Clauses[1].Query, Occur.MUST_NOT);
            }
            else
            {
                boolean.Add(query, occur);
                required++;
            }
        }
        if (required == 0) boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return boolean;
    }

    private Query? Text(TextNode node, List<string> warnings)
    {
        var query = node.Field switch
        {
            QueryField.Text => Words(node.Text, node.Phrase, withBody: true),
            QueryField.Title => Words(node.Text, node.Phrase, withBody: false),
            QueryField.Department => Filter(Phrase(IndexFields.DepartmentBigrams, node.Text)),
            QueryField.Section => Filter(Phrase(IndexFields.SectionBigrams, node.Text)),
            QueryField.Series => Filter(Phrase(IndexFields.SeriesBigrams, node.Text)),
            QueryField.DocNumber => Filter(Phrase(IndexFields.DocNumberBigrams, node.Text)),
            QueryField.Author => Filter(Phrase(IndexFields.AuthorBigrams, node.Text)),
            QueryField.Region => RegionPath.Normalize(node.Text) is { } region ? Filter(new TermQuery(new Term(IndexFields.Region, region))) : null,
            QueryField.Issue => Filter(new TermQuery(new Term(IndexFields.Issue, node.Text))),
            QueryField.Kind => Filter(new TermQuery(new Term(IndexFields.Kind, node.Text))),
            QueryField.Keyword => Filter(new TermQuery(new Term(IndexFields.Keyword, node.Text.Trim()))),
            _ => null,
        };
        if (query is null)
        {
            warnings.Add($"“{node.Describe()}”里没有可以搜索的文字，已忽略。");
        }
        return query;
    }

    /// <summary>
    /// A word or phrase across the text fields. A word matches where all its words occur or where its exact text
    /// does (bigrams, for another segmentation) and scores by its words; a quoted phrase matches and scores by its
    /// exact text only (a one-word phrase is that word); a single ideograph occurs only inside bigrams, so it is
    /// found as a word.
    /// </summary>
    private Query? Words(string text, bool phrase, bool withBody)
    {
        var clauses = new BooleanQuery();
        var bigrams = TextAnalysis.Tokens(analysis.Bigrams, text);
        var words = Words(text);
        var singleIdeograph = bigrams.Count == 1 && bigrams[0].Term.Length == 1 && IsIdeograph(bigrams[0].Term[0]);
        var exactText = bigrams.Count > 0 && !singleIdeograph;

        // A quoted phrase that is one word as the index cuts it is found as that word wherever it was cut so (the
        // word is the exact text), and by its bigrams elsewhere: the same matches without reading the positions
        // of every match.
        var oneWord = words.Count == 1 && string.Equals(words[0], text.Trim(), StringComparison.OrdinalIgnoreCase);
        if (words.Count > 0 && (!phrase || oneWord) && exactText)
        {
            clauses.Add(Boosted(WordOrPhrase(IndexFields.TitleWords, IndexFields.TitleBigrams, words, bigrams), TitleBoost), Occur.SHOULD);
            if (withBody) clauses.Add(WordOrPhrase(IndexFields.BodyWords, IndexFields.BodyBigrams, words, bigrams), Occur.SHOULD);
        }
        else if (exactText)
        {
            clauses.Add(Boosted(Phrase(IndexFields.TitleBigrams, bigrams), TitleBoost), Occur.SHOULD);
            if (withBody) clauses.Add(Phrase(IndexFields.BodyBigrams, bigrams), Occur.SHOULD);
        }
        else if (words.Count > 0)
        {
            clauses.Add(Boosted(AllWords(IndexFields.TitleWords, words), TitleBoost), Occur.SHOULD);
            if (withBody) clauses.Add(AllWords(IndexFields.BodyWords, words), Occur.SHOULD);
        }
        if (exactText && withBody) clauses.Add(Boosted(Phrase(IndexFields.MetaBigrams, bigrams), MetaBoost), Occur.SHOULD);
        return clauses.Clauses.Count == 0 ? null : clauses;
    }

    private static WordOrPhraseQuery WordOrPhrase(string wordField, string bigramField, List<string> words, List<AnalyzedToken> bigrams) =>
        new(AllWords(wordField, words), bigramField, bigrams.Select(b => (b.Term, b.Position)).ToList());

    private List<string> Words(string text) =>
        TextAnalysis.Tokens(analysis.Words, text).Select(t => t.Term).Distinct().ToList();

    private static Query AllWords(string field, List<string> words)
    {
        if (words.Count == 1) return new TermQuery(new Term(field, words[0]));
        var all = new BooleanQuery();
        foreach (var word in words) all.Add(new TermQuery(new Term(field, word)), Occur.MUST);
        return all;
    }

    private Query? Phrase(string field, string text)
    {
        var tokens = TextAnalysis.Tokens(analysis.Bigrams, text);
        return tokens.Count == 0 ? null : Phrase(field, tokens);
    }

    private static Query Phrase(string field, List<AnalyzedToken> tokens)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var phrase = new PhraseQuery();
        foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position);
        return phrase;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>A filter matches or not; it adds nothing to the score.</summary>
    private static Query? Filter(Query? query) => query is null ? null : new ConstantScoreQuery(query) { Boost = 0f };

    private static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';
}

/// <summary>
/// A query ready for Lucene (null browses everything); the query that rescores the top hits by proximity and exact
/// text (null when there is nothing to rescore by); the texts to highlight; the warnings.
/// </summary>
internal sealed record CompiledQuery(Query? Query, Query? Rescoring, IReadOnlyList<string> Needles, IReadOnlyList<string> Warnings);
