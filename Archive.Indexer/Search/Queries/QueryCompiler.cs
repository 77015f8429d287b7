using Archive.Indexer.Chinese;
using Archive.Indexer.Search.Synonyms;
using Archive.Indexer.Search.Syntax;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using Archive.Indexer.Search.Facets;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// Turns a parsed query into Lucene queries. The query's words (a run of characters is several words) each match where
/// the word occurs or where its exact text does (bigrams, inside a longer word: 干部 in 村干部), or by one of its
/// synonyms at a lower weight; the title counts more than the body; the full query needs every word, the partial one
/// (the fallback) at least one, ranked by how many. Quoted phrases, +words, filters and exclusions are strict: both
/// need them. Terms close together score higher (the top hits are rescored by proximity and exact text). Also
/// collects what the highlighter should mark and how the query was understood.
/// </summary>
internal sealed class QueryCompiler(TextAnalysis analysis, SynonymTable synonyms)
{
    private readonly InsideWordFilters _insideWords = new();
    private readonly OpenPositions _openPositions = new();
    /// <summary>Per reader, the terms of each pattern looked for (<see cref="Held"/>).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Pattern), IdeographTerms?>> _held = new();
    private readonly QueryWordCutter _cutter = new(analysis, synonyms);

    public const float TitleBoost = 4f;
    private const float MetaBoost = 0.5f;
    /// <summary>A character found inside a longer word (村 of 乡村) scores as a weak word match does.</summary>
    private const float InsideWordBoost = 0.5f;
    /// <summary>A synonym counts half as much as the word typed.</summary>
    private const float SynonymBoost = 0.5f;
    /// <summary>A compound's parts found apart count half as much as the compound.</summary>
    private const float PartsBoost = 0.5f;
    /// <summary>How many words may stand between a compound's parts found apart.</summary>
    private const int PartsSlop = 4;
    /// <summary>Coverage counts at most these words: a pasted paragraph still gives a bounded query.</summary>
    public const int MaxWords = 12;
    /// <summary>How much the rescoring query's score adds when the top hits are rescored with it.</summary>
    public const double RescoringWeight = 1.5;
    private const int ProximitySlop = 12;
    /// <summary>Longer texts are not rescored by their exact text: nobody types them, and each bigram costs a lookup.</summary>
    private const int MaxExactBigrams = 32;

    /// <param name="searcher">The index searched: a word it holds nowhere is looked for by its parts (null: as typed).</param>
    public CompiledQuery Compile(ParsedQuery parsed, IndexSearcher? searcher = null)
    {
        var gathered = new Gathered(new List<string>(parsed.Warnings), searcher);
        if (parsed.Root is null) return new CompiledQuery(null, null, null, [], [], gathered.Warnings, parsed.Describe(), Scored: false);

        var strict = new List<(QueryNode Node, Query Query)>();
        var found = new List<(QueryWord Word, CutWord? Cut)>();
        var children = parsed.Root is AllOfNode all ? all.Children : [parsed.Root];
        // The words framing a search for precedents (其他城市, 各地) are left out beside a subject, kept when they are all there is.
        var framed = new Dictionary<TextNode, List<CutWord>>(ReferenceEqualityComparer.Instance);
        List<CutWord> WithoutFraming(TextNode text) =>
            framed.TryGetValue(text, out var cut) ? cut : framed[text] = _cutter.Cut(text.Text, withoutFraming: true);
        var withoutFraming = children.Any(n => n is not TextNode { Field: QueryField.Text, Phrase: false, Required: false } t || WithoutFraming(t).Count > 0);
        var plain = new Dictionary<TextNode, List<CutWord>>(ReferenceEqualityComparer.Instance);
        List<CutWord> Plain(TextNode text) => plain.TryGetValue(text, out var cut) ? cut : plain[text] = _cutter.Cut(text.Text);
        // A query of nothing but stop words searches them as typed (管好) rather than listing every article.
        var stopWordsAsTyped = children.All(n => n is TextNode { Field: QueryField.Text, Phrase: false, Required: false } t && Plain(t).Count == 0);
        // Where each run of characters typed put its words in found, for a term typed across several of them: in stretches
        // of runs typed side by side, as a group, phrase, +word or -word between two runs parts the term.
        var typed = new List<List<(TextNode Node, int From, int To)>> { new() };
        foreach (var node in children)
        {
            if (node is TextNode { Field: QueryField.Text, Phrase: false, Required: false } text)
            {
                var from = found.Count;
                var cut = withoutFraming ? WithoutFraming(text) : stopWordsAsTyped ? _cutter.Cut(text.Text, stopWordsAsTyped: true) : Plain(text);
                if (cut.Count == 0)
                {
                    // Framing left out says so: "nothing searchable" in 外地 read as if the word had been lost.
                    gathered.Warnings.Add(withoutFraming && Plain(text).Count > 0
                        ? $"“{text.Describe()}”说的是到哪里找或怎么问，不作检索词，已略去。"
                        : $"“{text.Describe()}”里没有可以搜索的文字，已忽略。");
                }
                found.AddRange(TextWords(text, cut, gathered).Select(w => (w.Word, (CutWord?)w.Cut)));
                typed[^1].Add((text, from, found.Count));
            }
            else if (Node(node, positive: true, gathered) is { } query)
            {
                if (typed[^1].Count > 0) typed.Add([]);
                if (node is AnyOfNode && HasScoringText(node)) found.Add((new QueryWord(node.Describe(), query) { IsGroup = true }, null));
                else strict.Add((node, query));
            }
        }
        var apart = typed.SelectMany(stretch => TermsTypedApart(stretch, found)).ToList();
        var words = Counted(found, gathered, searcher);
        if (words.Count > MaxWords)
        {
            gathered.Warnings.Add($"查询的词语超过 {MaxWords} 个，只按前 {MaxWords} 个（{string.Join("、", words.Take(MaxWords).Select(w => w.Label))}）排序和查找。");
            words.RemoveRange(MaxWords, words.Count - MaxWords);
        }
        // A term's synonyms are shown and marked only where one of its words is still searched.
        foreach (var term in apart.Where(t => words.Any(w => t.Carriers.Contains(w.Query, ReferenceEqualityComparer.Instance))))
        {
            gathered.Needles.AddRange(term.Used);
            gathered.Synonyms.Add((term.Typed, term.Used));
        }

        var full = Conjunction(strict, words.Select(w => w.Query));
        var lacked = words.Count > 1 ? words.FirstOrDefault(w => LackedLatinTerm(w, searcher)) : null;
        if (lacked is not null) gathered.Warnings.Add($"档案中没有“{lacked.Label.Trim()}”，只含其他词的结果不列出。");
        var partial = lacked is null ? Partial(strict, words, CoverageOf(words, searcher)) : null;
        return new CompiledQuery(full, partial, full is null ? null : Rescoring(gathered), words, gathered.Needles.Distinct().ToList(),
            gathered.Warnings, Describe(parsed, gathered), HasScoringText(parsed.Root));
    }

    /// <summary>
    /// Whether a coded term, Latin letters with digits or ideographs (5G, O2O, AB角), is held by no article: a term the
    /// archive lacks, which no typo of a held word explains (respelling replaces ideographs of one sound), so the articles
    /// on the query's other words answer another question: 5G+党建 gave a page of every article on 党建. Letters alone
    /// (dangjian, vs) may be pinyin or a word typed beside the subject, and leave the partial answer. False without an
    /// index to look in.
    /// </summary>
    private static bool LackedLatinTerm(QueryWord word, IndexSearcher? searcher) =>
        searcher is not null && !word.IsGroup && IsCoded(word.Label) && searcher.Count(word.Query) == 0;

    private static bool IsCoded(string label) =>
        label.Any(c => char.IsAsciiLetter(c) || c is >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ')
        && label.Any(c => char.IsAsciiDigit(c) || c is >= '０' and <= '９' || CharClass.IsHan(c));

    /// <summary>
    /// The fallback: the strict clauses, and the words ranked by how many an article holds. An article needs one of
    /// the words, or none when a phrase or a +word already says what it is about (a filter alone says nothing).
    /// Null when it would find nothing more than the full query.
    /// </summary>
    private static Query? Partial(List<(QueryNode Node, Query Query)> strict, List<QueryWord> words, Coverage? coverage)
    {
        var aboutSomething = strict.Any(s => s.Node is not NotNode && HasScoringText(s.Node));
        if (words.Count == 0 || (words.Count == 1 && !aboutSomething)) return null;
        var queries = words.Select(w => w.Partial ?? w.Query).ToList();
        if (aboutSomething) return Conjunction(strict, [], optional: Covering(queries, null, coverage));
        // A character alone (宋 of 宋黎立, a surname the segmenter cut off) says too little to answer a query: a partial
        // match holds at least one of its longer words, where it has some; the characters then add to its coverage.
        // A word most articles hold says too little as well (基层 of 基层 减负 形式主义): the match holds one of the words
        // fewer hold, where the query has some, or a query with nothing to answer filled a page with every article on its
        // commonest word. A word whose text no body holds still leads: its synonyms (两新组织) or its place's articles
        // (连云港) may answer.
        var longer = words.Select(w => w.Label.Trim().Length > 1).ToList();
        var telling = longer.Select((l, at) => l && coverage?.Telling[at] != false).ToList();
        var leads = telling.Contains(true) ? telling : longer.Contains(true) ? longer : null;
        return Conjunction(strict, [Covering(queries, leads, coverage)]);
    }

    /// <summary>
    /// The coverage of the words, and one unit more for each telling word an article's title holds
    /// (<see cref="Coverage.InTitle"/>): those clauses never lead and score nothing.
    /// </summary>
    private static CoverageQuery Covering(List<Query> words, IReadOnlyList<bool>? leads, Coverage? coverage)
    {
        if (coverage is null) return new CoverageQuery(words, leads);
        var titles = coverage.InTitle.OfType<Query>().ToList();
        return new CoverageQuery([.. words, .. titles], [.. leads ?? words.Select(_ => true), .. titles.Select(_ => false)],
            [.. coverage.Units, .. titles.Select(_ => 1)]);
    }

    /// <summary>The articles whose title holds a word, scoring nothing.</summary>
    private Query? InTitle(QueryWord word) =>
        Words(word.Label.Trim(), phrase: false, withBody: false) is { } title ? new ConstantScoreQuery(title) { Boost = 0 } : null;

    /// <summary>
    /// What each word adds to a partial match's coverage: a word most articles hold (党员, 管理, 作用) says less of what
    /// is sought than the query's rare ones (流动, 帮带), so a word whose idf is under half the rarest word's counts one,
    /// the others two. Two steps only: finer ones would split the tiers that exact text and proximity rank within, on
    /// frequencies a small archive cannot tell apart. A word's articles are estimated by its rarest character pair in
    /// the body, the articles holding its text (a character alone: <see cref="LoneCharacterArticles"/>); an OR group's are not estimated (its label is no text to look up), and
    /// it counts two. The words a question is put in (<see cref="QuestionWords"/>: 上级, 情况, 做法) count one, and do not set
    /// the scale. Null (one each) without an index to count in.
    /// </summary>
    private Coverage? CoverageOf(List<QueryWord> words, IndexSearcher? searcher)
    {
        if (searcher is null || words.Count < 2) return null;
        var reader = searcher.IndexReader;
        var asked = words.Select(w => !w.IsGroup && QuestionWords.Contains(analysis.Folding.Fold(w.Label.Trim()))).ToList();
        var articles = words.Select((w, i) =>
        {
            if (w.IsGroup || asked[i]) return (int?)null;
            if (w.Label.Trim().Length == 1) return LoneCharacterArticles(w, searcher);
            var frequencies = TextAnalysis.Tokens(analysis.Bigrams, w.Label).Select(t => reader.DocFreq(new Term(IndexFields.BodyBigrams, t.Term))).ToList();
            var estimate = frequencies.Count == 0 ? reader.MaxDoc : frequencies.Min();
            // A word whose pairs no body holds may still be found (海北州 by its full name, 入职 by its synonyms): counted
            // by the articles its query finds, not as held by none, which made it the rarest word.
            return estimate > 0 ? estimate : searcher.Count(w.Query);
        }).ToList();
        var idf = articles.Select(n => n is { } count ? Bm25Idf.Of(count, reader.MaxDoc) : (double?)null).ToList();
        // A word nothing finds, neither its text nor its synonyms (a question's everyday word, a typo left unrespelled),
        // sets no scale: as the rarest it made every word found count one, so that an article holding the question's verb
        // ranked with one holding its subject.
        var rarest = idf.Where((_, at) => articles[at] > 0).Max() ?? 0;
        var units = idf.Select((i, at) => asked[at] || i < rarest / 2 ? 1 : 2).ToList();
        var places = words.Select(w => !w.IsGroup && NamesIndexedRegion(w.Label, reader)).ToList();
        // A telling word in the title (濮阳召回2名驻村第一书记) says what the article is about: such a near miss, lacking a
        // common word (管理), ranks with the articles holding every word in passing, scattered through the body.
        var inTitle = words.Select((w, at) => units[at] == 2 && !w.IsGroup && !places[at] ? InTitle(w) : null).ToList();
        // A place named beside a subject (山东 党群服务中心) is where the answer must be: the place's articles on a
        // neighbouring subject answer in part, the subject elsewhere does not. The place outweighs the other words
        // together, in the title as well.
        if (places.Contains(false))
        {
            var others = units.Where((_, at) => !places[at]).Sum() + inTitle.Count(q => q is not null);
            for (var at = 0; at < units.Count; at++) if (places[at]) units[at] = others + 1;
        }
        // A word a quarter of the articles hold does not lead either where it is far commoner than the rarest word some
        // article holds (党员 of 党员 民主评议, where one article names 民主评议): matches holding it and none of the rarer
        // words share nothing of what is sought. A place is exempt from the quarter (the archive of one province names it
        // in many articles) but not from the half.
        var telling = articles.Select((n, at) => n is null
            || (n <= reader.MaxDoc / 2 && (places[at] || n <= reader.MaxDoc / 4 || idf[at] >= rarest / 2))).ToList();
        return new Coverage(units, telling, inTitle);
    }

    /// <summary>
    /// A character alone has no pair: how many articles its query finds it in (会 in a third of them), where the count
    /// of a pair no body holds made it the rarest word. Typed alone, it is found inside any word: those articles are
    /// counted (the search reads the same cached documents). Cut off a word typed in part (展 of 展农村党组织书记培), its
    /// articles are estimated by the terms that find it, as a word or in the bigram at the edge (展农): counting its query
    /// also ran the look one character before the next word over every bigram the character starts, a third of such a
    /// search's time, for the few articles only that look adds. Counted where neither term is held, and for a digit or a
    /// letter (no look before a word, and a number's terms are not words).
    /// </summary>
    private int LoneCharacterArticles(QueryWord word, IndexSearcher searcher)
    {
        if (word.Cut is not { Alone: false } cut || !CharClass.IsHan(word.Label.Trim()[0])) return searcher.Count(word.Query);
        var reader = searcher.IndexReader;
        var asWord = analysis.WordTerms(cut.Label).Sum(term => reader.DocFreq(new Term(IndexFields.BodyWords, term)));
        var inBigram = cut.InBigram is { } bigram
            ? TextAnalysis.Tokens(analysis.Bigrams, bigram).Sum(t => reader.DocFreq(new Term(IndexFields.BodyBigrams, t.Term)))
            : 0;
        return Math.Max(asWord, inBigram) is > 0 and var estimate ? estimate : searcher.Count(word.Query);
    }

    /// <summary>Whether a word is the name of a place some article of the index belongs to (山东, 鱼台县, 海北州).</summary>
    private bool NamesIndexedRegion(string label, IndexReader reader) =>
        FacetFolding.Selected(FacetField.Region, label.Trim(), analysis.Folding) is { } name && reader.DocFreq(new Term(IndexFields.Region, name)) > 0;

    /// <summary>
    /// The words of a run of characters (<see cref="QueryWordCutter"/>), each with its query: the word found as a word
    /// or by its exact text, or (at a lower weight) by its synonyms.
    /// </summary>
    private IEnumerable<(QueryWord Word, CutWord Cut)> TextWords(TextNode node, List<CutWord> cut, Gathered gathered)
    {
        GatherText(node.Text, Words(node.Text), gathered, inTitleOnly: false);
        return CutWords(cut, gathered);
    }

    private IEnumerable<(QueryWord Word, CutWord Cut)> CutWords(List<CutWord> cut, Gathered gathered)
    {
        foreach (var word in cut.DistinctBy(w => w.Key))
        {
            if (Words(word.Label, phrase: word.Exact, withBody: true) is not { } query) continue;
            if (word.InBigram is { } bigram && Words(bigram, phrase: true, withBody: true) is { } inside)
                query = new AnyOfQuery([query, inside]);
            if (word.Alone && InsideWords(word.Label, withBody: true) is { } anywhere) query = new AnyOfQuery([query, anywhere]);
            if (word.Before is { } following && BeforeWord(word.Label, following, gathered.Searcher) is { } before) query = new AnyOfQuery([query, before]);
            if (word.Period is { } period) query = new AnyOfQuery([query, .. InPeriod(period, gathered.Searcher)]);
            var used = word.Synonyms.Take(SynonymTable.MaxUsed).ToList();
            if (word.Synonyms.Count > SynonymTable.MaxUsed) gathered.Warnings.Add($"“{word.Label}”的同义词较多，只用了前 {SynonymTable.MaxUsed} 个：{string.Join("、", used)}。");
            if (word.SynonymKey is { } key && used.Count > 0)
            {
                query = new AnyOfQuery([query, Synonyms(key)]);
                gathered.Needles.AddRange(used);
                gathered.Synonyms.Add((word.Label, used));
            }
            // A word the cutter joined (连心, a name of single characters) is marked as it matched.
            if (word.Label.Length > 1) gathered.Needles.Add(word.Label);
            yield return (new QueryWord(word.Label, query) { Cut = word }, word);
        }
    }

    /// <summary>
    /// A term of the synonym table typed with spaces between its words (新经济组织 新社会组织 for 新经济组织和新社会组织;
    /// 学党章党规 学系列讲话 做合格党员, the full form of 两学一做): each word of those runs is also found by the term's synonyms,
    /// so that an article naming the term otherwise holds them all. The words stay words of their own, found as typed:
    /// joined into the term they had to stand side by side, and 疫情 防控 found 12 articles instead of 36. Only runs typed
    /// whole make a term (a run's words may not be split between a term and the next word), consecutive (nothing else
    /// typed between them: <paramref name="typed"/> is one stretch), two or more. The synonyms count once, as they would
    /// for the term typed joined: at their weight in the term's first word; in the others they score nothing, so that an
    /// article naming the term only otherwise does not outrank those holding it as typed (组织 工作: 组工 counted twice).
    /// </summary>
    /// <returns>Each term found: as typed, its synonyms used, and the words' queries now carrying them.</returns>
    private List<TermTypedApart> TermsTypedApart(List<(TextNode Node, int From, int To)> typed, List<(QueryWord Word, CutWord? Cut)> found)
    {
        var apart = new List<TermTypedApart>();
        if (typed.Count < 2) return apart;
        var terms = new List<string>();
        var starts = new List<int>();
        foreach (var (node, _, _) in typed)
        {
            starts.Add(terms.Count);
            terms.AddRange(analysis.WordTerms(node.Text));
        }
        starts.Add(terms.Count);
        for (var first = 0; first < typed.Count - 1; first++)
        {
            var (length, synonymsOf) = synonyms.Match(terms, starts[first]);
            var last = starts.IndexOf(starts[first] + length) - 1;
            if (length == 0 || last <= first) continue;
            var key = string.Concat(terms.Skip(starts[first]).Take(length));
            var carriers = new List<Query>();
            for (var run = first; run <= last; run++)
            {
                for (var at = typed[run].From; at < typed[run].To; at++)
                {
                    var also = carriers.Count == 0 ? Synonyms(key) : new ConstantScoreQuery(Synonyms(key)) { Boost = 0f };
                    var query = new AnyOfQuery([found[at].Word.Query, also]);
                    found[at] = (found[at].Word with { Query = query }, found[at].Cut);
                    carriers.Add(query);
                }
            }
            apart.Add(new(string.Join(" ", typed.Skip(first).Take(last - first + 1).Select(t => t.Node.Text)),
                synonymsOf.Take(SynonymTable.MaxUsed).ToList(), carriers));
            first = last;
        }
        return apart;
    }

    /// <summary>A term typed with spaces between its words: as typed, its synonyms used, the queries of its words.</summary>
    private sealed record TermTypedApart(string Typed, IReadOnlyList<string> Used, IReadOnlyList<Query> Carriers);

    /// <summary>
    /// The articles of a period typed: those naming a year of a range (2008年 of 2007年-2009年), and those dated in it,
    /// scored as one occurrence in the body of a word held by as many articles would be (the period's text in a title
    /// still counts more). The date adds nothing where no article is dated in the period, or without an index to count in.
    /// </summary>
    private IEnumerable<Query> InPeriod(Period period, IndexSearcher? searcher)
    {
        foreach (var year in period.Years)
            if (Words($"{year}年", phrase: true, withBody: true) is { } named) yield return named;
        if (searcher is null) yield break;
        var dated = NumericRangeQuery.NewInt32Range(IndexFields.Date, ArticleDocument.DateKey(period.From), ArticleDocument.DateKey(period.To), true, true);
        var articles = searcher.Count(dated);
        if (articles > 0) yield return new ConstantScoreQuery(dated) { Boost = (float)Bm25Idf.Of(articles, searcher.IndexReader.MaxDoc) };
    }

    /// <summary>
    /// How a partial answer finds a compound few articles hold (驻村工作队): as typed, or by the parts search mode cuts it
    /// into (驻村, 工作队), a few words apart at most, at <see cref="PartsBoost"/>. A partial answer is given because few
    /// articles hold every word, and the articles on a role or a measure name it in their own words (驻村第一书记和工作队); a
    /// compound many hold (组织部长) is written so wherever it is meant. Null for any other word.
    /// </summary>
    /// <param name="articles">How many articles hold the word as a word.</param>
    private Query? ByItsParts(Query query, string key, int articles)
    {
        if (articles >= ArticleSearch.PartialMatchesBelow) return null;
        // A part of one character (人 of 本地人) is in every article.
        if (analysis.WordParts(key) is not { Count: >= 2 } parts || parts.Any(p => p.Length < 2)) return null;
        // The better of the two, not their sum: an article holding the compound gains nothing from its parts as well.
        return new DisjunctionMaxQuery(0f)
        {
            query,
            Boosted(new AnyOfQuery([Boosted(Near(IndexFields.TitleWords, parts), TitleBoost), Near(IndexFields.BodyWords, parts)]), PartsBoost),
        };
    }

    /// <summary>
    /// How a partial answer finds a word of two ideographs few articles hold (公选, 机改, 电商): as typed, or as the short form
    /// it may be, the first characters of two words of two written in a row (公开选拔, 机构改革, 电子商务), at
    /// <see cref="PartsBoost"/>, the better of the two counting. The texts write the measure out; whoever types it says it
    /// short. Null for any other word, for a typo (<see cref="SoundsLikeAHeldWord"/>), and where a character starts too many
    /// words to say which.
    /// </summary>
    /// <param name="articles">How many articles hold the word's text.</param>
    private Query? ByItsInitials(Query query, string key, int articles, IndexReader reader)
    {
        if (articles >= ArticleSearch.PartialMatchesBelow || key.Length != 2 || !key.All(CharClass.IsHan) || SoundsLikeAHeldWord(key, articles, reader)) return null;
        // Scored as one occurrence of the word typed would be, not by the phrase's words: a phrase of several words at a
        // position sums the idf of them all (hundreds here), which put any 公X选Y (公司选举) above an article saying 公选.
        var typed = Bm25Idf.Of(articles, reader.MaxDoc);
        var clauses = new List<Query>();
        foreach (var (field, boost) in new[] { (IndexFields.TitleWords, TitleBoost), (IndexFields.BodyWords, 1f) })
        {
            if (BigramsStarting(reader, field, key[0]) is not { Terms.Length: > 0 } first || BigramsStarting(reader, field, key[1]) is not { Terms.Length: > 0 } second
                || first.Postings + second.Postings > MaxInitialsPostings) continue;
            var written = new MultiPhraseQuery();
            written.Add(first.Terms, 0);
            written.Add(second.Terms, 1);
            clauses.Add(new ConstantScoreQuery(written) { Boost = (float)(boost * typed) });
        }
        return clauses.Count == 0 ? null : new DisjunctionMaxQuery(0f) { query, Boosted(new AnyOfQuery(clauses), PartsBoost) };
    }

    /// <summary>
    /// The most postings (articles holding a word, summed over the words of both initials) a short form is looked for
    /// in: the phrase walks them all, with their positions, and a common initial's words (公开, 公司, 公共 ...) grow with
    /// the archive. Past it the short form is not looked for, as a character starting too many words is not. On a generated
    /// archive of 20,000 articles (公选干部: 30,000-50,000 postings) a budget of 50,000 let it cost some 45 ms a search.
    /// </summary>
    private const long MaxInitialsPostings = 30_000;

    /// <summary>
    /// Whether a word of two ideographs reads as a word the articles hold, one character typed for another of its sound
    /// (中新 for 中心, 服物 for 服务): a typo, which the input method made, not a short form. The word it reads as must be
    /// held by more articles than hold the word's text and by as many as a full answer needs: a word of the same sound
    /// that one article holds (技改 beside 机改) says nothing of what was meant. Without the readings, none is.
    /// </summary>
    /// <param name="articles">How many articles hold the word's text.</param>
    private bool SoundsLikeAHeldWord(string word, int articles, IndexReader reader)
    {
        if (analysis.Homophones is not { } homophones) return false;
        var frequencies = new DocFrequencies(reader);
        return Enumerable.Range(0, 2).Any(at => homophones.Of(word[at]).Any(other =>
            frequencies.Of(IndexFields.BodyWords, at == 0 ? $"{other}{word[1]}" : $"{word[0]}{other}") is var held
            && held > articles && held >= ArticleSearch.PartialMatchesBelow));
    }

    /// <summary>
    /// How a partial answer finds a word few articles hold, where it differs from the full query's: a compound also by
    /// its parts (<see cref="ByItsParts"/>), and one typed right after a word also named otherwise (<see cref="OtherwiseNamed"/>),
    /// the best of them counting. Null for any other word.
    /// </summary>
    /// <param name="articles">
    /// How many articles hold the word as a word (a word of two ideographs: its text), when it was counted: only the first <see cref="MaxWords"/> words are,
    /// so that a pasted paragraph's words past them cost no look-up.
    /// </param>
    private Query? PartialOf(QueryWord word, CutWord? cut, int? articles, IndexSearcher? searcher)
    {
        if (cut is null || searcher is null || articles is not { } count) return null;
        var parts = ByItsParts(word.Query, cut.Key, count) ?? ByItsInitials(word.Query, cut.Key, count, searcher.IndexReader);
        if (cut.After is not { } owner || count >= ArticleSearch.PartialMatchesBelow || !EndsInKind(cut.Key)
            || OtherwiseNamed(owner, cut.Label, searcher.IndexReader) is not { } otherwise)
            return parts;
        return new DisjunctionMaxQuery(0f) { parts ?? word.Query, otherwise };
    }

    /// <summary>
    /// A compound few articles hold, typed right after a word (突击队 of 党员突击队), as another place's text names the same
    /// kind of measure: the word, then a word as long as the compound ending in its last character, or one word of both
    /// lengths that does (党员先锋队, a word of the dictionary), at <see cref="PartsBoost"/>. Words, not characters:
    /// 党员干部队伍 is 干部 and 队伍, no kind of 队. Null when no word of the index ends so, or too many to be a kind.
    /// </summary>
    private Query? OtherwiseNamed(string owner, string compound, IndexReader reader)
    {
        var (folded, last) = (analysis.Folding.Fold(owner), analysis.Folding.Fold(compound)[^1]);
        var words = TextAnalysis.Tokens(analysis.Words, owner);
        if (!CharClass.IsHan(last) || words.Count == 0) return null;
        var kind = BasicAutomata.MakeChar(last);
        for (var i = 1; i < compound.Length; i++) kind = BasicOperations.Concatenate(BasicAutomata.MakeAnyChar(), kind);
        var kindPattern = new string('?', compound.Length - 1) + last;
        var clauses = new List<Query>();
        foreach (var (field, boost) in new[] { (IndexFields.TitleWords, TitleBoost), (IndexFields.BodyWords, 1f) })
        {
            if (Held(reader, field, kindPattern, () => Ideographs(reader, field, kind, compound.Length)) is { Terms.Length: > 0 } named)
            {
                var after = new OpenPhraseQuery(field, kindPattern, (named.Terms, named.Statistics, words[^1].Position + 1),
                    [.. words.Select(w => (w.Term, w.Position))], openFirst: false, _openPositions);
                clauses.Add(Boosted(after, boost));
            }
            if (Held(reader, field, folded + kindPattern, () => Ideographs(reader, field, BasicOperations.Concatenate(BasicAutomata.MakeString(folded), kind), folded.Length + compound.Length))
                is { Terms.Length: > 0 } whole)
            {
                var one = new MultiPhraseQuery();
                one.Add(whole.Terms);
                clauses.Add(Boosted(one, boost));
            }
        }
        return clauses.Count == 0 ? null : Boosted(new AnyOfQuery(clauses), PartsBoost);
    }

    /// <summary>
    /// Whether a compound is a modifier word and one character more that no word of it holds, the kind it names (突击 +
    /// 队, 示范 + 岗); 年轻干部 ends in the word 干部, and is a kind of cadre, not of 部.
    /// </summary>
    private bool EndsInKind(string key)
    {
        var inner = analysis.InnerWords(key);
        return key.Length >= 3 && inner.Contains(key[..^1]) && !inner.Any(w => w.Length < key.Length && key.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>The words in their order, a few words apart at most (驻村第一书记和工作队).</summary>
    private static PhraseQuery Near(string field, IReadOnlyList<string> words)
    {
        var near = new PhraseQuery { Slop = PartsSlop };
        foreach (var word in words) near.Add(new Term(field, word));
        return near;
    }

    /// <summary>
    /// The words that count, each once, in order: a word no article holds is replaced by its parts
    /// (<see cref="PartsOfMissingWord"/>), and a part no article holds by its own in turn. Only words among the first
    /// <see cref="MaxWords"/> are looked up: a pasted paragraph costs no more, and no note speaks of a word that is then
    /// left out.
    /// </summary>
    private List<QueryWord> Counted(List<(QueryWord Word, CutWord? Cut)> found, Gathered gathered, IndexSearcher? searcher)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var counted = new List<QueryWord>();
        var pending = new Stack<(QueryWord Word, CutWord? Cut)>(Enumerable.Reverse(found));
        while (pending.TryPop(out var next))
        {
            var (word, cut) = next;
            int? articles = null;
            var parts = searcher is null || cut is null || counted.Count >= MaxWords ? [] : PartsOfMissingWord(cut, word.Query, searcher, out articles);
            if (parts.Count == 0)
            {
                if (keys.Add(cut?.Key ?? word.Label)) counted.Add(word with { Partial = PartialOf(word, cut, articles, searcher) });
                continue;
            }
            gathered.Warnings.Add(parts.Count == 1
                ? $"没有文章含有“{cut!.Label}”，已改为查找“{parts[0]}”。"
                : $"没有文章含有“{cut!.Label}”，已改为分别查找{string.Concat(parts.Select(p => $"“{p}”"))}。");
            gathered.Needles.AddRange(parts);
            if (LongestHeldRun(cut.Key, searcher!) is { } held) GatherExactText(held, gathered);
            var at = gathered.ProximityWords.IndexOf(cut.Key);
            if (at >= 0)
            {
                gathered.ProximityWords.RemoveAt(at);
                gathered.ProximityWords.InsertRange(at, parts.Where(p => !gathered.ProximityWords.Contains(p)).ToList());
            }
            // The parts are words as typed, with their synonyms; they are not cut again, and come next, in order.
            foreach (var part in CutWords(_cutter.Cut(string.Join(" ", parts)), gathered).Reverse()) pending.Push((part.Word, part.Cut));
        }
        return counted;
    }

    /// <summary>
    /// A word the index holds nowhere (not as a word, nor its exact text, nor a synonym): the parts search mode cuts it
    /// into (人才引进 → 人才 引进), which articles may well hold; or, where no parts make up the whole of it, the longest
    /// word inside it that articles hold (生活会 → 生活); none otherwise. Recall first: the word alone would find nothing,
    /// and in a longer query it would be left out. <paramref name="articles"/>: how many articles hold a word of inner
    /// words as a word, or a word of two ideographs' text (null for any other).
    /// </summary>
    private IReadOnlyList<string> PartsOfMissingWord(CutWord word, Query query, IndexSearcher searcher, out int? articles)
    {
        articles = null;
        var issuer = CitedNumbers.Issuer(word.Label);
        var inner = issuer is null ? analysis.InnerWords(word.Key) : null;
        // A word of two ideographs has no inner words, but how many hold its text (its one bigram) says whether a partial
        // answer looks for it written out (ByItsInitials): 党群 is a word in few articles and inside 党群服务中心 in many.
        if (inner is { Count: 0 })
        {
            if (word.Key.Length == 2) articles = searcher.IndexReader.DocFreq(new Term(IndexFields.BodyBigrams, word.Key));
            return [];
        }
        var asWord = searcher.IndexReader.DocFreq(new Term(IndexFields.BodyWords, word.Key));
        if (inner is not null) articles = asWord;
        if (asWord > 0 || MatchesAny(query, searcher)) return [];
        if (inner is null) return NumberAfterLeadingWords(word.Label, issuer!, searcher);
        if (analysis.WordParts(word.Key) is { Count: > 0 } parts) return parts;
        return inner.OrderByDescending(w => w.Length).FirstOrDefault(w => Words(w, phrase: true, withBody: true) is { } held && MatchesAny(held, searcher)) is { } longest
            ? [longest]
            : [];
    }

    /// <summary>
    /// The longest run of a missing word's text, three characters or more, that articles hold as it is written (组织生活
    /// of 组织生活会): where the whole is nowhere, those holding most of it still rank first. Null when none is held.
    /// </summary>
    private string? LongestHeldRun(string word, IndexSearcher searcher)
    {
        for (var length = Math.Min(word.Length - 1, MaxHeldRunLength); length >= 3; length--)
        {
            for (var start = 0; start + length <= word.Length; start++)
            {
                var run = word.Substring(start, length);
                if (Words(run, phrase: true, withBody: true) is { } query && MatchesAny(query, searcher)) return run;
            }
        }
        return null;
    }

    /// <summary>Runs longer than this are not looked for inside a missing word: each length tried costs lookups.</summary>
    private const int MaxHeldRunLength = 8;

    /// <summary>
    /// A document number typed after other words (转发岳办发〔2017〕2号, 关于长委〔2011〕11号): the words before it, and the
    /// longest number that articles hold; none when no such number is held. Only whole words of two characters or more
    /// come off the front, and an issuer keeps two characters at least: 办发〔2017〕2号 would be any office's number.
    /// </summary>
    private IReadOnlyList<string> NumberAfterLeadingWords(string number, string issuer, IndexSearcher searcher)
    {
        foreach (var word in TextAnalysis.Tokens(analysis.Words, issuer))
        {
            if (word.End - word.Start < 2 || issuer.Length - word.End < 2) break;
            var shorter = number[word.End..];
            if (Words(shorter, phrase: true, withBody: true) is { } query && MatchesAny(query, searcher)) return [number[..word.End], shorter];
        }
        return [];
    }

    private static bool MatchesAny(Query query, IndexSearcher searcher)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) return true;
        }
        return false;
    }

    /// <summary>
    /// A word's synonyms, at <see cref="SynonymBoost"/>: names, found where the index marked their exact text
    /// (<see cref="SynonymMarks"/>), by one term a field; never as their words scattered over an article (新, 经济, 社会,
    /// 组织 are everywhere), nor as phrases of common bigrams, whose positions cost most of a broad query's time.
    /// </summary>
    private static Query Synonyms(string key)
    {
        var mark = SynonymMarks.Mark(key);
        return Boosted(new AnyOfQuery(
        [
            Boosted(new WordTermQuery(new Term(IndexFields.TitleBigrams, mark)), TitleBoost),
            new WordTermQuery(new Term(IndexFields.BodyBigrams, mark)),
            Boosted(new WordTermQuery(new Term(IndexFields.MetaBigrams, mark)), MetaBoost),
        ]), SynonymBoost);
    }

    /// <summary>
    /// The clauses every match needs (strict ones: filters, phrases, +words; exclusions as MUST_NOT) and the given ones,
    /// and one that adds to the score where it matches.
    /// </summary>
    private static Query? Conjunction(List<(QueryNode Node, Query Query)> strict, IEnumerable<Query> required, Query? optional = null)
    {
        var clauses = new List<(Query Query, Occur Occur)>();
        foreach (var (node, query) in strict)
        {
            clauses.Add(node is NotNode && query is BooleanQuery { Clauses.Count: 2 } negation
                ? (negation.Clauses[1].Query, Occur.MUST_NOT)
                : (query, Occur.MUST));
        }
        clauses.AddRange(required.Select(q => (q, Occur.MUST)));
        if (optional is not null) clauses.Add((optional, Occur.SHOULD));
        if (clauses.Count == 0) return null;
        if (clauses is [(var only, Occur.MUST or Occur.SHOULD)]) return only;
        var boolean = new BooleanQuery();
        foreach (var (query, occur) in clauses) boolean.Add(query, occur);
        if (clauses.All(c => c.Occur != Occur.MUST)) boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return boolean;
    }

    /// <summary>The query as the syntax writes it, and the synonyms that were added to its words.</summary>
    private static string Describe(ParsedQuery parsed, Gathered gathered) =>
        parsed.Describe() + (gathered.Synonyms.Count == 0 ? "" :
            "（同义词：" + string.Join("；", gathered.Synonyms.Select(s => $"{s.Word} ≈ {string.Join("、", s.Synonyms)}")) + "）");

    /// <summary>Whether relevance means anything: some words to match, not only filters.</summary>
    private static bool HasScoringText(QueryNode node) => node switch
    {
        TextNode t => t.Field is QueryField.Text or QueryField.Title,
        AllOfNode all => all.Children.Any(HasScoringText),
        AnyOfNode any => any.Children.Any(HasScoringText),
        _ => false,
    };

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
    private sealed record Gathered(List<string> Warnings, IndexSearcher? Searcher)
    {
        public List<string> Needles { get; } = [];
        public List<(string Word, IReadOnlyList<string> Synonyms)> Synonyms { get; } = [];
        public List<string> ProximityWords { get; } = [];
        public List<(List<AnalyzedToken> Bigrams, bool WithBody)> ExactTexts { get; } = [];
    }

    private Query? Node(QueryNode node, bool positive, Gathered gathered)
    {
        switch (node)
        {
            case TextNode text:
                var query = Text(text, gathered);
                if (query is not null && positive && text.Field is QueryField.Text or QueryField.Title)
                {
                    if (text.Phrase) gathered.Needles.Add(text.Text);
                    else GatherText(text.Text, Words(text.Text), gathered, inTitleOnly: text.Field == QueryField.Title);
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

    /// <summary>
    /// A text's words to highlight and to rescore by (proximity, exact text of several words). A character that is a
    /// word of a longer text (村 of 村党组织书记) is not marked alone: it would be marked inside every other word (乡村).
    /// </summary>
    private void GatherText(string text, List<string> words, Gathered gathered, bool inTitleOnly)
    {
        gathered.Needles.Add(text);
        gathered.Needles.AddRange(words.Where(w => w.Length > 1));
        if (!inTitleOnly) gathered.ProximityWords.AddRange(words);
        if (words.Count >= 2) GatherExactText(text, gathered, withBody: !inTitleOnly);
    }

    /// <summary>Text whose exact occurrence the top hits are rescored by, in the title and (<paramref name="withBody"/>) the body.</summary>
    private void GatherExactText(string text, Gathered gathered, bool withBody = true)
    {
        var bigrams = TextAnalysis.Tokens(analysis.Bigrams, text);
        if (bigrams.Count is >= 2 and <= MaxExactBigrams) gathered.ExactTexts.Add((bigrams, withBody));
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

    private Query? Text(TextNode node, Gathered gathered)
    {
        var query = node.Field switch
        {
            QueryField.Text => AlsoInsideWords(Words(node.Text, node.Phrase, withBody: true), node.Text, withBody: true),
            QueryField.Title => AlsoInsideWords(Words(node.Text, node.Phrase, withBody: false), node.Text, withBody: false),
            QueryField.Department => Filter(Phrase(IndexFields.DepartmentBigrams, node.Text)),
            QueryField.Section => Filter(Phrase(IndexFields.SectionBigrams, node.Text)),
            QueryField.Series => Filter(Phrase(IndexFields.SeriesBigrams, node.Text)),
            QueryField.DocNumber => Filter(Phrase(IndexFields.DocNumberBigrams, node.Text)),
            QueryField.Author => Filter(Phrase(IndexFields.AuthorBigrams, node.Text)),
            QueryField.Region => Filter(new TermQuery(new Term(IndexFields.Region, RegionTerm(node.Text, gathered)))),
            QueryField.Issue => Filter(new TermQuery(new Term(IndexFields.Issue, node.Text))),
            QueryField.Kind => Filter(new TermQuery(new Term(IndexFields.Kind, node.Text))),
            QueryField.Keyword => Filter(new TermQuery(new Term(IndexFields.Keyword, FacetFolding.Counted(node.Text.Trim(), analysis.Folding)))),
            _ => null,
        };
        if (query is null)
        {
            gathered.Warnings.Add($"“{node.Describe()}”里没有可以搜索的文字，已忽略。");
        }
        return query;
    }

    /// <summary>
    /// A region as the index holds it; a text that is no region path (more levels than province, city and county) as
    /// written, matching nothing, with a warning: a place typed never widens the search to the whole archive. A region
    /// no article of the index belongs to (地区:火星, or a place the archive holds nothing from) says so.
    /// </summary>
    private string RegionTerm(string text, Gathered gathered)
    {
        if (FacetFolding.Selected(FacetField.Region, text, analysis.Folding) is not { } path)
        {
            gathered.Warnings.Add(FacetFolding.NotARegion([text]));
            return text;
        }
        if (gathered.Searcher?.IndexReader.DocFreq(new Term(IndexFields.Region, path)) == 0)
        {
            gathered.Warnings.Add(FacetFolding.NoArticlesIn(text));
        }
        return path;
    }

    /// <summary>
    /// A word or phrase across the text fields. A word matches where all its words occur or where its exact text
    /// does (bigrams, for another segmentation) and scores by its words; a quoted phrase matches and scores by its
    /// exact text only (a one-word phrase is that word); a single ideograph occurs only inside bigrams, so it is
    /// found as a word.
    /// </summary>
    private Query? Words(string text, bool phrase, bool withBody)
    {
        var clauses = new List<Query>();
        var bigrams = TextAnalysis.Tokens(analysis.Bigrams, text);
        var words = Words(text);
        var singleIdeograph = bigrams.Count == 1 && bigrams[0].Term.Length == 1 && CharClass.IsHan(bigrams[0].Term[0]);
        var exactText = bigrams.Count > 0 && !singleIdeograph;

        // A quoted phrase that is one word as the index cuts it is found as that word wherever it was cut so (the
        // word is the exact text), and by its bigrams elsewhere: the same matches without reading the positions
        // of every match.
        var oneWord = words.Count == 1 && string.Equals(words[0], text.Trim(), StringComparison.OrdinalIgnoreCase);
        if (words.Count > 0 && (!phrase || oneWord) && exactText)
        {
            clauses.Add(Boosted(WordOrPhrase(IndexFields.TitleWords, IndexFields.TitleBigrams, words, bigrams), TitleBoost));
            if (withBody) clauses.Add(WordOrPhrase(IndexFields.BodyWords, IndexFields.BodyBigrams, words, bigrams));
        }
        else if (exactText)
        {
            clauses.Add(Boosted(Phrase(IndexFields.TitleBigrams, bigrams), TitleBoost));
            if (withBody) clauses.Add(Phrase(IndexFields.BodyBigrams, bigrams));
        }
        else if (words.Count > 0)
        {
            clauses.Add(Boosted(AllWords(IndexFields.TitleWords, words), TitleBoost));
            if (withBody) clauses.Add(AllWords(IndexFields.BodyWords, words));
        }
        if (exactText && withBody) clauses.Add(Boosted(Phrase(IndexFields.MetaBigrams, bigrams), MetaBoost));
        return clauses.Count == 0 ? null : new AnyOfQuery(clauses);
    }

    /// <summary>A text that is one ideograph (a quoted "村", or one inside a group) is also found inside longer words.</summary>
    private Query? AlsoInsideWords(Query? query, string text, bool withBody) =>
        query is not null && InsideWords(text, withBody) is { } inside ? new AnyOfQuery([query, inside]) : query;

    /// <summary>
    /// A single ideograph inside any longer word: as a bigram's first or second character, or a run of one (村 of 乡村, of
    /// 铁路二村, of 村、组). Its word alone finds it only where the segmenter cut it off, and 村 typed alone means 村
    /// wherever it is written. Found at <see cref="InsideWordBoost"/>: a character inside a word says less than the
    /// word it is. Null for any other text. The bigrams ending in it are found by visiting every first character of the
    /// term dictionary: 村, 镇 or 党 take 14-19 ms instead of 7-13 ms at 20,000 generated articles, and 镇 at the end of a
    /// place name before punctuation (桃花镇。) is found nowhere else (7% of its matches there, 17% on corpus/real). The
    /// documents found are cached per segment (<see cref="InsideWordFilters"/>).
    /// </summary>
    private Query? InsideWords(string text, bool withBody)
    {
        if (TextAnalysis.Tokens(analysis.Bigrams, text) is not [{ Term: [var character] }] || !CharClass.IsHan(character)) return null;
        var title = Boosted(_insideWords.Query(IndexFields.TitleBigrams, character), TitleBoost * InsideWordBoost);
        return withBody ? new AnyOfQuery([title, Boosted(_insideWords.Query(IndexFields.BodyBigrams, character), InsideWordBoost)]) : title;
    }

    /// <summary>
    /// A character typed right before a word (亮 of 亮身份), found joined to it or with one character between (亮明身份,
    /// 亮出身份), at <see cref="InsideWordBoost"/>: a verb of one character is typed for the two the texts write (亮明, 建立,
    /// 设立), and alone it is found only where the segmenter cut it off. In the title and body bigrams: any bigram starting
    /// with the character, then the word's bigrams one position on. A character starting more than
    /// <see cref="MaxBigramsOfCharacter"/> bigrams is too common to say which; without an index only the joined text is found.
    /// </summary>
    private Query? BeforeWord(string character, string word, IndexSearcher? searcher)
    {
        if (character.Length != 1 || Phrase(IndexFields.BodyBigrams, character + word) is null) return null;
        var bigrams = TextAnalysis.Tokens(analysis.Bigrams, word).Select(b => (b.Term, Position: b.Position + 2)).ToList();
        var first = analysis.Folding.Fold(character)[0];
        var clauses = new List<Query>();
        foreach (var (field, boost) in new[] { (IndexFields.TitleBigrams, TitleBoost), (IndexFields.BodyBigrams, 1f) })
        {
            clauses.Add(Boosted(Phrase(field, character + word)!, boost));
            if (searcher is null || BigramsStarting(searcher.IndexReader, field, first) is not { Terms.Length: > 0 } starting) continue;
            clauses.Add(Boosted(new OpenPhraseQuery(field, StartingPattern(first), (starting.Terms, starting.Statistics, 0), bigrams, openFirst: true, _openPositions), boost));
        }
        return Boosted(new AnyOfQuery(clauses), InsideWordBoost);
    }

    /// <summary>A character starting more bigrams (or ending more words) than this is too common to be looked for one character before a word (or as a kind).</summary>
    private const int MaxBigramsOfCharacter = 2000;

    /// <summary>
    /// The terms of two ideographs of a field (bigrams, or words of two) that start with an ideograph; null past
    /// <see cref="MaxBigramsOfCharacter"/>. Read once per reader: the enumeration visits every term of the character.
    /// </summary>
    private IdeographTerms? BigramsStarting(IndexReader reader, string field, char first) =>
        Held(reader, field, StartingPattern(first), () => Ideographs(reader, field, BasicOperations.Concatenate(BasicAutomata.MakeChar(first), BasicAutomata.MakeAnyChar()), 2));

    /// <summary>The pattern of the bigrams starting with a character, as the caches name it (? for any ideograph).</summary>
    private static string StartingPattern(char first) => $"{first}?";

    /// <summary>
    /// The terms of a field a pattern names (its ? any ideograph), read once per reader: the enumeration visits every
    /// term of the pattern's first characters, and a phrase of them weighs each again (<see cref="OpenPhraseQuery"/>).
    /// </summary>
    private IdeographTerms? Held(IndexReader reader, string field, string pattern, Func<IdeographTerms?> read)
    {
        var held = _held.GetValue(reader, _ => new());
        if (held.TryGetValue((field, pattern), out var terms)) return terms;
        terms = read();
        if (held.Count >= MaxPatternsHeld) held.Clear();
        return held[(field, pattern)] = terms;
    }

    /// <summary>Patterns whose terms are held per reader at most; past that the list starts over.</summary>
    private const int MaxPatternsHeld = 256;

    /// <summary>
    /// Terms a pattern found, how many articles hold them, summed (deleted ones included, as DocFreq counts), and each
    /// one's statistics, as a phrase query weighs them.
    /// </summary>
    private sealed record IdeographTerms(Term[] Terms, long Postings, TermStatistics[] Statistics);

    /// <summary>
    /// The terms of a field that a pattern accepts, of so many ideographs; null past <see cref="MaxBigramsOfCharacter"/>.
    /// </summary>
    private static IdeographTerms? Ideographs(IndexReader reader, string field, Automaton pattern, int length)
    {
        if (MultiFields.GetTerms(reader, field) is not { } terms) return new([], 0, []);
        var each = new CompiledAutomaton(pattern).GetTermsEnum(terms);
        var found = new List<Term>();
        var statistics = new List<TermStatistics>();
        var postings = 0L;
        while (each.MoveNext())
        {
            var text = each.Term.Utf8ToString();
            if (text.Length != length || !text.All(CharClass.IsHan)) continue;
            if (found.Count == MaxBigramsOfCharacter) return null;
            found.Add(new Term(field, text));
            statistics.Add(new TermStatistics(found[^1].Bytes, each.DocFreq, each.TotalTermFreq));
            postings += each.DocFreq;
        }
        return new([.. found], postings, [.. statistics]);
    }

    private static WordOrPhraseQuery WordOrPhrase(string wordField, string bigramField, List<string> words, List<AnalyzedToken> bigrams) =>
        new(AllWords(wordField, words), bigramField, bigrams.Select(b => (b.Term, b.Position)).ToList());

    private List<string> Words(string text) => analysis.WordTerms(text).Distinct().ToList();

    private static Query AllWords(string field, List<string> words)
    {
        if (words.Count == 1) return new WordTermQuery(new Term(field, words[0]));
        var all = new BooleanQuery();
        foreach (var word in words) all.Add(new WordTermQuery(new Term(field, word)), Occur.MUST);
        return all;
    }

    private Query? Phrase(string field, string text)
    {
        var tokens = TextAnalysis.Tokens(analysis.Bigrams, text);
        return tokens.Count == 0 ? null : Phrase(field, tokens);
    }

    private static Query Phrase(string field, List<AnalyzedToken> tokens)
    {
        if (tokens.Count == 1) return new WordTermQuery(new Term(field, tokens[0].Term));
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

}

/// <summary>
/// A query ready for Lucene: all its words (null browses everything); the partial query, articles with some of the
/// words ranked by how many (null when there are fewer than two words to count); the query that rescores the top hits
/// by proximity and exact text (null when there is nothing to rescore by); the words coverage counts; the texts to
/// highlight; the warnings; the query as understood (synonyms added); whether it has words to rank by.
/// </summary>
internal sealed record CompiledQuery(
    Query? Query,
    Query? Partial,
    Query? Rescoring,
    IReadOnlyList<QueryWord> Words,
    IReadOnlyList<string> Needles,
    IReadOnlyList<string> Warnings,
    string Understood,
    bool Scored);

/// <summary>
/// What each word adds to a partial match's coverage, and whether it tells what the match is about: a word most
/// articles hold does not, nor one a quarter of them hold that is far commoner than the query's rarest, and neither
/// can lead a match.
/// </summary>
/// <param name="InTitle">Per word, the articles whose title holds it, each one unit more (null: the title adds nothing).</param>
internal sealed record Coverage(IReadOnlyList<int> Units, IReadOnlyList<bool> Telling, IReadOnlyList<Query?> InTitle);

/// <summary>One of the words a partial match is counted by: as typed (or an OR group as written), and its query.</summary>
internal sealed record QueryWord(string Label, Query Query)
{
    /// <summary>An OR group of words (党员 OR 干部), whose label is the syntax as written.</summary>
    public bool IsGroup { get; init; }

    /// <summary>How a partial answer finds the word, where it differs from <see cref="Query"/>.</summary>
    public Query? Partial { get; init; }

    /// <summary>The word as the query was cut into words (null for an OR group).</summary>
    public CutWord? Cut { get; init; }
}
