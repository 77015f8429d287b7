namespace Archive.Indexer.Model;

/// <summary>
/// How much of a document's text was recognized from page images (识别文本) and how sure the recognizer was: the mean
/// of its per-character confidence, 0..1. A reader shows it so that a researcher knows to check the original.
/// </summary>
public sealed record TextRecognition(int RecognizedPages, int TotalPages, double MeanConfidence);
