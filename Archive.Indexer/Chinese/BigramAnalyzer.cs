using Lucene.Net.Analysis;

namespace Archive.Indexer.Chinese;

/// <summary>The bigram field's analyzer (recall, exact phrases): see <see cref="BigramTokenizer"/>. Same for index and query.</summary>
internal sealed class BigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new BigramTokenizer(reader));
}
