using Archive.Indexer.Text.Conversion;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Text;

/// <summary>
/// The external programs some readers hand files to (LibreOffice for .doc, .wps and .rtf; pdftoppm and Tesseract for
/// scans) and the scratch folder they work in. Nothing is started until a file needs it, so a host without these
/// programs runs as before and only such a file fails, with the package to install. Disposing deletes the scratch folder.
/// </summary>
internal sealed class DocumentTools : IDisposable
{
    private readonly ScratchFolder _scratch;

    public DocumentTools(ConversionOptions options)
    {
        _scratch = options.ScratchDirectory is null ? ScratchFolder.CreateTemporary() : new ScratchFolder(options.ScratchDirectory);
        Office = new OfficeConverter(_scratch, options.Converters, options.FileTimeFor, options.ProgramMemory);
        Scans = new ScanReader(_scratch, options);
    }

    public OfficeConverter Office { get; }

    public ScanReader Scans { get; }

    public void Dispose()
    {
        Office.Dispose();
        _scratch.Dispose();
    }
}
