using System.Globalization;

namespace Archive.Web.Browse;

/// <summary>The line an article's page shows when its text was recognized from scanned pages, so that a researcher checks the original.</summary>
public static class RecognitionNote
{
    public static string Describe(TextRecognition recognition)
    {
        var pages = recognition.RecognizedPages == recognition.TotalPages
            ? recognition.TotalPages == 1 ? "由扫描图像识别" : $"全部 {recognition.TotalPages} 页由扫描图像识别"
            : $"{recognition.TotalPages} 页中有 {recognition.RecognizedPages} 页由扫描图像识别";
        var confidence = (recognition.MeanConfidence * 100).ToString("0", CultureInfo.InvariantCulture);
        return $"{pages}（OCR），平均置信度 {confidence}%，可能有错字，引用前请核对原件";
    }
}
