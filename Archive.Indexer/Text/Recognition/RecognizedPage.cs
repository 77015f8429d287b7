namespace Archive.Indexer.Text.Recognition;

/// <summary>What one page image came to: its paragraphs, its recognized characters and their confidence (0..1 each) summed.</summary>
internal sealed record RecognizedPage(int Page, IReadOnlyList<TextBlock> Blocks, int Characters, double ConfidenceSum);

internal static class RecognizedPages
{
    /// <summary>Pages recognized from images, of a document of <paramref name="totalPages"/>: the mean confidence over their characters.</summary>
    public static TextRecognition Summary(IReadOnlyCollection<RecognizedPage> pages, int totalPages)
    {
        var characters = pages.Sum(p => p.Characters);
        var confidence = characters == 0 ? 0 : pages.Sum(p => p.ConfidenceSum) / characters;
        return new TextRecognition(pages.Count, totalPages, Math.Round(confidence, 3));
    }
}
