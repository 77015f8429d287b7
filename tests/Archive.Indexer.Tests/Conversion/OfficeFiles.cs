using System.Text;
using Archive.Evaluation.Generation;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Tests.Conversion;

[CollectionDefinition(Name)]
public sealed class OfficeFilesCollection : ICollectionFixture<OfficeFiles>
{
    public const string Name = "office files";
}

/// <summary>
/// The files offices keep, made once per test run from two sample bulletins with the real LibreOffice and pdftoppm:
/// a .doc and a .wps of the UTF-8 sample, a .doc and an RTF of the other written from GBK text, LibreOffice's RTF,
/// and scans of the first (JPEG pages at 300 dpi, and a PDF of them with no text layer).
/// </summary>
public sealed class OfficeFiles : IDisposable
{
    public const string Bulletin = "000_037b87f1aeded1d9.txt";
    public const string GbkBulletin = "004_40c502aea08ad668.txt";
    public const int ScanDpi = 300;

    private readonly TempDirectory _temp = new();
    private readonly Lazy<byte[]> _doc, _rtf, _gbkDoc;
    private readonly Lazy<IReadOnlyList<byte[]>> _scanPages;

    static OfficeFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public OfficeFiles()
    {
        Tools = new DocumentTools(new ConversionOptions { ScratchDirectory = _temp.File("scratch") });
        var writer = new ScannedIssueWriter(Tools, _temp.Path);
        _doc = new(() => writer.WordDocument(File.ReadAllBytes(SamplePath(Bulletin)), "UTF8"));
        _rtf = new(() => writer.Rtf(File.ReadAllBytes(SamplePath(Bulletin)), "UTF8"));
        _gbkDoc = new(() => writer.WordDocument(GbkText(), "GBK"));
        _scanPages = new(() => writer.ScanPages(SampleText(Bulletin), ScanDpi));
    }

    internal DocumentTools Tools { get; }

    public byte[] Doc => _doc.Value;

    public byte[] Rtf => _rtf.Value;

    /// <summary>Sample 004 as GBK text, turned into a .doc by LibreOffice reading it as GBK.</summary>
    public byte[] GbkDoc => _gbkDoc.Value;

    /// <summary>Sample 004 as an RTF that escapes every Chinese character as its GBK bytes.</summary>
    public byte[] GbkRtf => ScannedIssueWriter.GbkRtf(SampleText(GbkBulletin));

    public IReadOnlyList<byte[]> ScanPages => _scanPages.Value;

    public byte[] ScanPdf => ScannedIssueWriter.ImagePdf(ScanPages);

    public static string SamplePath(string sample) => Path.Combine(Samples.Folder, sample);

    public static string SampleText(string sample) => File.ReadAllText(SamplePath(sample));

    public static byte[] GbkText() => Encoding.GetEncoding("GBK").GetBytes(SampleText(GbkBulletin));

    /// <summary>A reading context for one file, not cancelled.</summary>
    internal static ReadingContext Context(string file) => new(file);

    internal ExtractedText Read(string fileName, byte[] bytes) => DocumentReader.Read(fileName, bytes, Tools, Context(fileName));

    public void Dispose()
    {
        Tools.Dispose();
        _temp.Dispose();
    }
}
