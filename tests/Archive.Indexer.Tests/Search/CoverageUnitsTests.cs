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
}
