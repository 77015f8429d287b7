using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Archive.Indexer.Chinese;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;
using Archive.Indexer.Search.Synonyms;
using Archive.Indexer.Search.Syntax;

namespace Archive.Indexer.Tests.Search;

/// <summary>What each word of a partial answer adds to an article's coverage: two, or one for a word most articles hold.</summary>
public sealed class CoverageUnitsTests
{
    private static readonly TextAnalysis Analysis = TextAnalysis.For(ChineseLanguage.Shared);

    [Fact]
    public void An_or_group_counts_two_and_leaves_the_rarest_word_to_the_words_themselves()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleIndex.Version, Analysis.Bigrams)))
        {
            for (var i = 0; i < 20; i++)
                writer.AddDocument(new Document { new TextField(IndexFields.BodyBigrams, i < 3 ? "流动党员干部" : "党员干部管理", Field.Store.NO) });
        }
        using var reader = DirectoryReader.Open(directory);
        var compiler = new QueryCompiler(Analysis, new SynonymTable([], Analysis.WordTerms));

        // The group's label (党员 OR 干部) is syntax: no article holds its "or", which made it look the rarest of all.
        var compiled = compiler.Compile(QuerySyntaxParser.Parse("流动 (党员 OR 干部)"), new IndexSearcher(reader));

        // The words' units, then one more where a title holds the telling word 流动 (the group's label is no text to find).
        Assert.Equal([2, 2, 1], Assert.IsType<CoverageQuery>(compiled.Partial).Units);
    }

    [Fact]
    public void A_word_nothing_finds_sets_no_scale_for_the_words_found()
    {
        using var directory = Indexed(i => i < 3 ? "流动党员学习" : "党员干部管理");
        using var reader = DirectoryReader.Open(directory);

        // 跑腿 (a question's everyday word) is in no article and has no synonym: as the rarest word it made the rare 流动
        // count one, as little as 干部, which every article holds.
        var compiled = Compiler().Compile(QuerySyntaxParser.Parse("流动 干部 跑腿"), new IndexSearcher(reader));

        Assert.Equal([2, 1, 2], Assert.IsType<CoverageQuery>(compiled.Partial).Units.Take(3));
    }

    [Fact]
    public void A_character_alone_is_counted_by_the_articles_it_is_found_in()
    {
        using var directory = Indexed(i => i < 3 ? "流动党员学习" : "他们会来管理干部");
        using var reader = DirectoryReader.Open(directory);

        // 会 stands alone in seventeen articles of twenty; no body holds it as a pair of characters, which made it the rarest.
        var compiled = Compiler().Compile(QuerySyntaxParser.Parse("流动 会"), new IndexSearcher(reader));

        Assert.Equal([2, 1], Assert.IsType<CoverageQuery>(compiled.Partial).Units.Take(2));
    }

    private static QueryCompiler Compiler() => new(Analysis, new SynonymTable([], Analysis.WordTerms));

    /// <summary>Twenty articles whose bodies are indexed by their words and their character pairs.</summary>
    private static RAMDirectory Indexed(Func<int, string> body)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleIndex.Version, Analysis.Index));
        for (var i = 0; i < 20; i++)
            writer.AddDocument(new Document
            {
                new TextField(IndexFields.BodyBigrams, body(i), Field.Store.NO),
                new TextField(IndexFields.BodyWords, body(i), Field.Store.NO),
            });
        return directory;
    }
}
