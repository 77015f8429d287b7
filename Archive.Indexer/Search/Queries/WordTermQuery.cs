using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// A term of a query's words, looked up in the segments' term dictionaries once per index reader: a partial answer
/// builds the weights of the same words three times (the full query, the partial one, the words its hits lack), and
/// a plain TermQuery looks its term up in every segment each time.
/// </summary>
internal sealed class WordTermQuery(Term term) : TermQuery(term)
{
    private TermContext? _states;

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        var states = _states;
        if (states is null || states.TopReaderContext != searcher.TopReaderContext)
        {
            _states = states = TermContext.Build(searcher.TopReaderContext, Term);
        }
        return new TermQuery(Term, states) { Boost = Boost }.CreateWeight(searcher);
    }
}
