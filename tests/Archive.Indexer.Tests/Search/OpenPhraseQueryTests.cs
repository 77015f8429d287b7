using Archive.Indexer.Chinese;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Archive.Indexer.Search.Queries;
using Archive.Indexer.Search.Indexing;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// A phrase with an open position (any bigram starting with 务, then 打造; 打造, then any bigram ending in 牌) matches and
/// scores as the MultiPhraseQuery of the same terms would: the same documents, frequencies and scores to the bit, in
/// segments with deletions, whether the open terms' positions are held or not.
/// </summary>
public sealed class OpenPhraseQueryTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public OpenPhraseQueryTests()
    {
        var config = new IndexWriterConfig(ArticleIndex.Version, new BigramAnalyzer()) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            // Three segments: one without the character, one with a deleted match, one where it stands again and again.
            Add(writer, "none", "打造品牌，服务群众");
            writer.Commit();
            Add(writer, "joined", "务实打造品牌");
            Add(writer, "deleted", "务工打造品牌");
            Add(writer, "across", "服务中心打造服务品牌"); // 务中 before 心打造: no match; 务品 is not before 打造
            Add(writer, "punctuation", "服务员，再打造品牌"); // 务员 stands two positions before 打造: no bigram across the comma
            Add(writer, "at-start", "打造务实作风");
            writer.Commit();
            writer.DeleteDocuments(new Term(IndexFields.Id, "deleted"));
            Add(writer, "twice", "务实打造品牌，务必打造品牌，服务打造");
            Add(writer, "word-apart", "务实打造了品牌");
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static void Add(IndexWriter writer, string id, string text) => writer.AddDocument(new Document
    {
        new StringField(IndexFields.Id, id, Field.Store.YES),
        new TextField(IndexFields.BodyBigrams, text, Field.Store.NO),
    });

    /// <summary>The bigrams of ideographs the pattern accepts (? any ideograph), in term order.</summary>
    private Term[] Accepted(string pattern)
    {
        var found = new List<Term>();
        var each = MultiFields.GetTerms(_reader, IndexFields.BodyBigrams).GetEnumerator();
        while (each.MoveNext())
        {
            var text = each.Term.Utf8ToString();
            if (text.Length == 2 && text.All(CharClass.IsHan) && text.Zip(pattern).All(p => p.Second == '?' || p.First == p.Second))
                found.Add(new Term(IndexFields.BodyBigrams, text));
        }
        return [.. found];
    }

    /// <summary>The bigrams of a word at the phrase's positions from <paramref name="from"/>.</summary>
    private static List<(string, int)> Bigrams(string word, int from) => Enumerable.Range(0, word.Length - 1).Select(i => (word.Substring(i, 2), from + i)).ToList();

    /// <summary>Any bigram the pattern accepts two positions before a word's bigrams.</summary>
    private (OpenPhraseQuery Ours, MultiPhraseQuery Lucenes) Before(string pattern, string word, OpenPositions positions, float boost = 1f)
    {
        var open = Accepted(pattern);
        var bigrams = Bigrams(word, 2);
        var lucenes = new MultiPhraseQuery { Boost = boost };
        lucenes.Add(open, 0);
        foreach (var (term, position) in bigrams) lucenes.Add([new Term(IndexFields.BodyBigrams, term)], position);
        return (new OpenPhraseQuery(IndexFields.BodyBigrams, pattern, (open, Statistics(open), 0), bigrams, openFirst: true, positions) { Boost = boost }, lucenes);
    }

    /// <summary>A word's bigrams, then any bigram the pattern accepts one position on.</summary>
    private (OpenPhraseQuery Ours, MultiPhraseQuery Lucenes) After(string word, string pattern, OpenPositions positions)
    {
        var open = Accepted(pattern);
        var bigrams = Bigrams(word, 0);
        var lucenes = new MultiPhraseQuery();
        foreach (var (term, position) in bigrams) lucenes.Add([new Term(IndexFields.BodyBigrams, term)], position);
        lucenes.Add(open, word.Length);
        return (new OpenPhraseQuery(IndexFields.BodyBigrams, pattern, (open, Statistics(open), word.Length), bigrams, openFirst: false, positions), lucenes);
    }

    private List<TermStatistics> Statistics(Term[] terms)
    {
        var searcher = new IndexSearcher(_reader);
        return terms.Select(t => searcher.TermStatistics(t, TermContext.Build(_reader.Context, t))).ToList();
    }

    /// <summary>Each segment's scorer: null or not, its cost, and each document it finds with its frequency and score.</summary>
    private List<string> Scored(Query query)
    {
        var searcher = new IndexSearcher(_reader);
        var weight = searcher.CreateNormalizedWeight(query);
        var found = new List<string>();
        foreach (var leaf in _reader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                found.Add($"{leaf.Ord}: none");
                continue;
            }
            found.Add($"{leaf.Ord}: cost {scorer.GetCost()}");
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                found.Add($"{leaf.AtomicReader.Document(doc).Get(IndexFields.Id)} freq {scorer.Freq} score {BitConverter.SingleToInt32Bits(scorer.GetScore())}");
            }
        }
        return found;
    }

    [Theory]
    [InlineData("务?", "打造")]
    [InlineData("务?", "打造品牌")]
    [InlineData("服?", "打造")]
    [InlineData("务?", "品牌")]
    [InlineData("造?", "作风")]
    public void Open_before_it_finds_and_scores_what_the_multi_phrase_query_does(string pattern, string word)
    {
        var (ours, lucenes) = Before(pattern, word, new OpenPositions(), boost: 4f);

        Assert.Equal(Scored(lucenes), Scored(ours));
    }

    [Theory]
    [InlineData("打造", "?牌")]
    [InlineData("务实", "?造")]
    [InlineData("打造", "?务")]
    public void Open_after_it_finds_and_scores_what_the_multi_phrase_query_does(string word, string pattern)
    {
        var (ours, lucenes) = After(word, pattern, new OpenPositions());

        Assert.Equal(Scored(lucenes), Scored(ours));
    }

    [Fact]
    public void The_matches_are_the_character_two_positions_before_the_word_in_live_documents()
    {
        var (ours, _) = Before("务?", "打造品牌", new OpenPositions());
        var searcher = new IndexSearcher(_reader);

        var ids = searcher.Search(ours, 10).ScoreDocs.Select(h => searcher.Doc(h.Doc).Get(IndexFields.Id)).Order();

        Assert.Equal(["joined", "punctuation", "twice"], ids);
    }

    [Fact]
    public void Where_the_positions_are_too_many_to_hold_the_multi_phrase_query_matches_the_segment()
    {
        var held = Before("务?", "打造", new OpenPositions());
        var notHeld = Before("务?", "打造", new OpenPositions(maxPositions: 1));

        Assert.Equal(Scored(held.Lucenes), Scored(notHeld.Ours));
        Assert.Equal(Scored(held.Ours), Scored(notHeld.Ours));
    }

    [Fact]
    public void A_segment_holds_each_document_s_starting_positions_once_in_order_deleted_documents_included()
    {
        var segment = _reader.Leaves[1].AtomicReader;
        var where = new OpenPositions().Of(segment, IndexFields.BodyBigrams, "务?", Accepted("务?"))!;

        var ids = where.Docs.Select(d => segment.Document(d).Get(IndexFields.Id)).ToList();
        Assert.Equal(["joined", "deleted", "across", "punctuation", "at-start"], ids);
        Assert.Equal([1, 7], where.Positions[where.Starts[2]..where.Starts[3]]); // 务中, 务品 of 服务中心打造服务品牌
        Assert.Null(new OpenPositions(maxPositions: 5).Of(segment, IndexFields.BodyBigrams, "务?", Accepted("务?")));
    }
}
