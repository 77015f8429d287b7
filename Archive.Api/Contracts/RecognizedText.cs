using Archive.Indexer.Text.Recognition;

namespace Archive.Api.Contracts;

/// <summary>
/// Present when the document's text was recognized from page images (OCR, 识别文本) rather than read: how many of its
/// pages, and the recognizer's mean confidence per character (0..1). Such text may hold misread characters: check the
/// original before quoting it.
/// </summary>
public sealed record RecognizedText(int RecognizedPages, int TotalPages, double MeanConfidence)
{
    public static RecognizedText? From(TextRecognition? recognition) =>
        recognition is null ? null : new(recognition.RecognizedPages, recognition.TotalPages, recognition.MeanConfidence);
}
