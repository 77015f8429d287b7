using Lucene.Net.Analysis;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Another analyzer over the text folded to simplified script: the index and the queries fold alike, so 雙報到 finds
/// 双报到 and the other way round, in the word field and the bigram field.
/// </summary>
public sealed class ScriptFoldingAnalyzer(Analyzer analyzer, ScriptFolding folding) : AnalyzerWrapper(analyzer.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => analyzer;

    protected override TextReader WrapReader(string fieldName, TextReader reader) => new ScriptFoldingCharFilter(reader, folding);

    protected override void Dispose(bool disposing)
    {
        if (disposing) analyzer.Dispose();
        base.Dispose(disposing);
    }
}
