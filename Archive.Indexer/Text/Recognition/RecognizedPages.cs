namespace Archive.Indexer.Text.Recognition;

/// <summary>The paragraphs recognized on some pages of a document, by page number, and how sure the recognizer was.</summary>
public sealed record RecognizedPages(IReadOnlyDictionary<int, IReadOnlyList<TextBlock>> Blocks, TextRecognition Summary);
