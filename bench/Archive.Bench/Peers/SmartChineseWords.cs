using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Bench.Peers;

/// <summary>The distinct words SmartChineseAnalyzer makes of a query's text (its stop words out).</summary>
public static class SmartChineseWords
{
    public static List<string> Of(Analyzer analyzer, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words.Distinct().ToList();
    }
}
