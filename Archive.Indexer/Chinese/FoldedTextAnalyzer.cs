using Lucene.Net.Analysis;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Another analyzer over the text as it reads: pinyin glosses left out (<see cref="PinyinGlossCharFilter"/>), traditional
/// script folded to simplified (<see cref="ScriptFoldingCharFilter"/>). The index and the queries read alike, so 雙報到
/// finds 双报到 and the other way round, in the word field and the bigram field.
/// </summary>
internal sealed class FoldedTextAnalyzer(Analyzer analyzer, ScriptFolding folding) : AnalyzerWrapper(analyzer.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => analyzer;

    protected override TextReader WrapReader(string fieldName, TextReader reader) => Wrap(reader, folding);

    /// <summary>A text as the analyzer reads it (no glosses, simplified script), for whoever reads words off it without the analyzer.</summary>
    public static string Read(string text, ScriptFolding folding)
    {
        if (text.AsSpan().IndexOfAny('(', '（') < 0) return folding.Fold(text);
        using var reader = Wrap(new StringReader(text), folding);
        return reader.ReadToEnd();
    }

    private static TextReader Wrap(TextReader reader, ScriptFolding folding) =>
        new ScriptFoldingCharFilter(new PinyinGlossCharFilter(reader), folding);

    protected override void Dispose(bool disposing)
    {
        if (disposing) analyzer.Dispose();
        base.Dispose(disposing);
    }
}
