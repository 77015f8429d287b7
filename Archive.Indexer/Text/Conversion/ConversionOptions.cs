namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// The limits and settings of the readers that hand files to LibreOffice and Tesseract; every value has a working default.
/// A run's time is a budget of processor time, its children's included (<see cref="ExternalProgram"/>); the totals over
/// several runs (<see cref="TextLayerTimeFor"/>, <see cref="ScanTimeout"/>) are counted in wall time.
/// </summary>
internal sealed record ConversionOptions
{
    /// <summary>The processor time LibreOffice may take for one .doc, .wps or .rtf at most before it is killed; a smaller file gets less (<see cref="FileTimeFor"/>).</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>LibreOffice's time for any file: a cold start with a new profile.</summary>
    public TimeSpan FileBaseTime { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>
    /// LibreOffice's time for each megabyte more. Genuine files convert at about a second a megabyte (a 9.5 MB .doc of
    /// 4 M characters in 10.6 s, a 55 MB RTF in 72 s); a crafted 6.8 MB RTF of 200,000 table rows held a core for the
    /// whole <see cref="FileTimeout"/>, and an upload may hold 20 such files.
    /// </summary>
    public TimeSpan FileTimePerMegabyte { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The processor time LibreOffice may take for a file of <paramref name="bytes"/>: the base, the allowance per megabyte, at most <see cref="FileTimeout"/>.</summary>
    public TimeSpan FileTimeFor(long bytes) => Scaled(FileBaseTime, FileTimePerMegabyte, FileTimeout, bytes);
    /// <summary>
    /// How long pdftotext may take to read one PDF's text layer, all its runs for the file together (the whole file, or one
    /// for each page PdfPig could not read): a base and an allowance per megabyte, at most <see cref="PageTimeout"/>. A
    /// genuine PDF of 26 MB and 600 pages reads in a second; a 1.2 MB PDF whose page draws one stream 200,000 times held
    /// pdftotext for the whole 120 s, and every such page of a file again as long.
    /// </summary>
    public TimeSpan TextLayerTimeFor(long bytes) => Scaled(TextLayerBaseTime, TextLayerTimePerMegabyte, PageTimeout, bytes);
    public TimeSpan TextLayerBaseTime { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan TextLayerTimePerMegabyte { get; init; } = TimeSpan.FromSeconds(0.5);

    private static TimeSpan Scaled(TimeSpan time, TimeSpan perMegabyte, TimeSpan most, long bytes)
    {
        time += perMegabyte * (bytes / (1024.0 * 1024));
        return time < most ? time : most;
    }
    /// <summary>
    /// The address space each run of LibreOffice may map, its children's included (poppler's programs get less,
    /// <see cref="PopplerMemoryFor"/>, and Tesseract <see cref="RecognitionMemory"/>). LibreOffice maps some 400 MB of
    /// libraries before it reads a file, and converts a 3.3 MB .doc of 4 M characters within 768 MB. A file built to make
    /// a program allocate without end (a table of a million cells) fails there, as that file's failure.
    /// </summary>
    public long ProgramMemory { get; init; } = 2L * 1024 * 1024 * 1024;
    /// <summary>
    /// The address space each run of Tesseract may map. Measured (peak VmPeak, chi_sim, one thread) on corpus/real's PDFs
    /// rendered as scans: a page at 150 dpi 145-149 MB, at 300 dpi 212-217 MB, at 600 dpi 473 MB; and on the largest
    /// pages the header check (PageImage) lets through, a newspaper page of 39.6 megapixels as 16-bit RGBA 600 MB (it runs
    /// within 620 MB) and a bulletin page of 96.7 megapixels in 16-bit grey 456 MB. Twice the scanned pages' need leaves
    /// room for denser text; what passes it is an image built to allocate, not a page.
    /// </summary>
    public long RecognitionMemory { get; init; } = 1L * 1024 * 1024 * 1024;
    /// <summary>
    /// The address space each run of a poppler program (pdffonts, pdfinfo, pdftotext, pdftoppm) may map for a PDF of
    /// <paramref name="bytes"/>: <see cref="PopplerBaseMemory"/> and <see cref="PopplerMemoryPerByte"/> times the file, at
    /// most <see cref="ProgramMemory"/>. Poppler needs little past the file itself (a 600 dpi page image renders at 150 dpi
    /// within 31 MB, a text PDF reads within 23 MB), while a PDF naming one font a million times in 15 MB took each of
    /// them to 6 GB, and to the whole 2 GB of <see cref="ProgramMemory"/> for 35 s.
    /// </summary>
    public long PopplerMemoryFor(long bytes) => Math.Min(ProgramMemory, PopplerBaseMemory + PopplerMemoryPerByte * bytes);
    public long PopplerBaseMemory { get; init; } = 256L * 1024 * 1024;
    public int PopplerMemoryPerByte { get; init; } = 4;
    /// <summary>LibreOffice instances converting at once (each holds about 150 MB while it runs).</summary>
    public int Converters { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
    /// <summary>How long recognizing one page (or reading a PDF's page count and fonts) may take before the program is killed.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>
    /// How long recognizing one scan may take in all, however many pages it has: a dense page takes some 10 s, so a
    /// 100-page scan fits, while a scan whose every page is built to run to its own limit fails here instead of
    /// holding a core for hours. Checked between pages, and a multi-page TIFF read in one run gets no more.
    /// </summary>
    public TimeSpan ScanTimeout { get; init; } = TimeSpan.FromMinutes(20);
    /// <summary>
    /// How long rendering one PDF page for recognition may take. A scanned page renders at 150 dpi in well under a
    /// second; a page whose drawing inflates to gigabytes (8.8 MB of a Flate stream) held pdftoppm at full speed for
    /// the whole <see cref="PageTimeout"/>, and a scan may have 100 pages.
    /// </summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>
    /// Dots per inch a PDF page without a text layer is rendered at for recognition: 150 reads 12 pt text as well as 200
    /// or 300 do (character accuracy 0.978 against 0.978 and 0.977) at twice the speed (docs/ingestion.md).
    /// </summary>
    public int Resolution { get; init; } = 150;
    /// <summary>Tesseract's languages, joined by '+': chi_sim reads simplified Chinese and the digits and Latin letters among it.</summary>
    public string Languages { get; init; } = "chi_sim";
    /// <summary>A scan with more pages to recognize than this fails at once instead of holding the batch for many minutes.</summary>
    public int MaxScannedPages { get; init; } = 100;
    /// <summary>Where the programs work; a new folder under the system's temp folder when null.</summary>
    public string? ScratchDirectory { get; init; }
}
