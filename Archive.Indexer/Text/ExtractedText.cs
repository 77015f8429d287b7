namespace Archive.Indexer.Text;

/// <summary>
/// What a reader gets out of one file: the text with "\n" line endings, its blocks (paragraphs, headings, table
/// rows) in reading order, and how the bytes were decoded.
/// </summary>
internal sealed record ExtractedText(string Text, IReadOnlyList<TextBlock> Blocks, string Encoding, string Format)
{
    /// <summary>Set when some or all of the text was recognized from page images (OCR) rather than read.</summary>
    public TextRecognition? Recognition { get; init; }

    /// <summary>The address the file says it was read from (a web page's canonical link), when it says one.</summary>
    public string? Address { get; init; }

    /// <summary>How many pages the reader counted, where the format has pages (pdf).</summary>
    public int? PageCount { get; init; }

    /// <summary>The pages the reader could not read (pdf: a damaged page among sound ones), which its blocks lack.</summary>
    public IReadOnlyList<int> UnreadPages { get; init; } = [];

    /// <summary>
    /// Text one document holds at most: 4 M characters is some 2,500 pages, more than a year of any bulletin. More is no
    /// document to search, and parsing it would take gigabytes (a small zipped file can inflate to it).
    /// </summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>
    /// Lines of text (blank ones aside) one document holds at most: more than the 2,000 articles a document may hold. The
    /// parsers run in the archive's process, outside the readers' budgets, at some 6 to 14 µs a line: 5 million lines of
    /// one character (20 MB) held a core for 28 s. Refused in the reader process too: a .docx of 106 KB holding a million
    /// one-character paragraphs was answered as 86 MB of blocks, which the archive's process read into 160 MB before
    /// refusing it.
    /// </summary>
    public const int MaxLines = 200_000;

    /// <summary>This text, if one document may hold it.</summary>
    /// <exception cref="UnreadableFileException">It holds more than <see cref="MaxCharacters"/> or <see cref="MaxLines"/>.</exception>
    public ExtractedText Bounded()
    {
        CheckSize(Text);
        return Blocks.Count > MaxLines ? throw TooManyLines() : this;
    }

    /// <summary>
    /// Refuses a text one document may not hold before a reader parses it, where the text kept is the file's own (plain
    /// text, Markdown): Markdig took 1.6 s of a core and 800 MB to parse 9.6 M characters that were then refused.
    /// </summary>
    /// <exception cref="UnreadableFileException">It holds more than <see cref="MaxCharacters"/> or <see cref="MaxLines"/>.</exception>
    public static void CheckSize(string text)
    {
        if (text.Length > MaxCharacters) throw TooMuchText(text.Length);
        if (HasMoreLinesThan(text, MaxLines)) throw TooManyLines();
    }

    /// <summary>The refusal of a text past <see cref="MaxCharacters"/>, with its length where it was read whole (null: refused as it passed the bound).</summary>
    public static UnreadableFileException TooMuchText(long? characters) => new(characters is { } length
        ? $"the file holds {length:N0} characters of text, more than one document is read for ({MaxCharacters:N0}): split it"
        : $"the file holds more than {MaxCharacters:N0} characters of text, more than one document is read for: split it");

    private static UnreadableFileException TooManyLines() =>
        new($"the file holds more than {MaxLines:N0} lines of text, more than a document holds: split it into smaller files");

    /// <summary>Blank lines are not counted: the parsers skip them at once.</summary>
    private static bool HasMoreLinesThan(string text, int limit)
    {
        var lines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace() && ++lines > limit) return true;
        }
        return false;
    }

    /// <summary>
    /// Text whose blocks are its non-empty lines (plain text, or text already extracted elsewhere). Text one document may
    /// not hold is refused before it is cut into lines: a text file of 20 M carriage returns, read in the archive's own
    /// process, took 500 MB there as 20 M lines before it was refused.
    /// </summary>
    /// <exception cref="UnreadableFileException">It holds more than <see cref="MaxCharacters"/> or <see cref="MaxLines"/>.</exception>
    public static ExtractedText FromPlainText(string text, string encoding = "utf-16", string format = "txt")
    {
        var normalized = TextDecoder.NormalizeLineEndings(text);
        CheckSize(normalized);
        var blocks = normalized.Split('\n')
            .Select(l => l.TrimEnd())
            .Where(l => l.Trim().Length > 0)
            .Select(l => new TextBlock(l, null, null))
            .ToList();
        return new ExtractedText(normalized, blocks, encoding, format);
    }
}

/// <summary>A paragraph, heading or table row; Page is 1-based where the format has pages (pdf).</summary>
internal sealed record TextBlock(string Text, int? Page, int? HeadingLevel)
{
    /// <summary>Marked by the page as its footer (an HTML footer): who runs the site, links, counters; never the text's.</summary>
    public bool IsFooter { get; init; }

    /// <summary>
    /// Its first line is indented by formatting the text does not show (a .docx paragraph's first-line indent, a page's
    /// text-indent): body paragraphs are, headlines are not, as when the indent is typed as spaces.
    /// </summary>
    public bool Indented { get; init; }
}
