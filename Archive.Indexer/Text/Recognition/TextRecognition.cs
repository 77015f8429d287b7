namespace Archive.Indexer.Text.Recognition;

/// <summary>
/// How much of a document's text was recognized from page images (识别文本) and how sure the recognizer was: the mean
/// of its per-character confidence, 0..1. A reader shows it so that a researcher knows to check the original.
/// </summary>
public sealed record TextRecognition(int RecognizedPages, int TotalPages, double MeanConfidence)
{
    /// <summary>Pages recognized from images, with their recognized characters and the sum of those characters' confidence.</summary>
    internal static TextRecognition Of(IReadOnlyCollection<RecognizedPage> pages, int totalPages)
    {
        var characters = pages.Sum(p => p.Characters);
        var confidence = characters == 0 ? 0 : pages.Sum(p => p.ConfidenceSum) / characters;
        return new TextRecognition(pages.Count, totalPages, Math.Round(confidence, 3));
    }
}
