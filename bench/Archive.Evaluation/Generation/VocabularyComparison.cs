using Archive.Indexer.Chinese;

namespace Archive.Evaluation.Generation;

/// <summary>
/// The real corpus's words beside a generated corpus's, measured at the same size (the real corpus's) and on a
/// larger sample of the generated text (up to 5 million characters), so that the two can be compared.
/// </summary>
internal sealed record VocabularyComparison(VocabularyProfile Real, VocabularyProfile GeneratedSameSize, VocabularyProfile GeneratedSample)
{
    internal static VocabularyComparison Measure(RealSentences real, IReadOnlyList<string> generated)
    {
        var segmenter = ChineseLanguage.Shared.Segmenter;
        var realProfile = VocabularyProfile.Measure(real.Texts, segmenter);
        return new VocabularyComparison(realProfile,
            VocabularyProfile.Measure(generated, segmenter, realProfile.Characters),
            VocabularyProfile.Measure(generated, segmenter));
    }

    public IEnumerable<string> Lines()
    {
        yield return $"vocabulary, real corpus (corpus/real, simplified articles): {Real}";
        yield return $"vocabulary, generated, at the same size: {GeneratedSameSize}";
        yield return $"vocabulary, generated, a larger sample: {GeneratedSample}";
    }
}
