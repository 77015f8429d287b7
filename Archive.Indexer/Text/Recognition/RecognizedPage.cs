namespace Archive.Indexer.Text.Recognition;

/// <summary>What one page image came to: its paragraphs, its recognized characters and their confidence (0..1 each) summed.</summary>
internal sealed record RecognizedPage(int Page, IReadOnlyList<TextBlock> Blocks, int Characters, double ConfidenceSum);
