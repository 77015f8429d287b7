using Archive.Indexer.Parsing;
using Archive.Indexer.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Isolation;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Ingestion;

/// <summary>
/// Paths in, stored documents out: files and folders (recursively) -> bytes -> parse -> enrich -> store,
/// one transaction per file. Files are read and parsed on all cores, and stored one by one in the order the
/// walk found them. A file that cannot be read becomes a recorded failure with its reason and the batch goes
/// on; nothing stored before is touched. Stopping at any moment leaves every file either fully stored or not
/// at all, so running the same batch again completes it without duplicates. A folder holding only page images is
/// one scanned issue: one document of its pages in file-name order.
/// </summary>
/// <param name="enricher">Called from several threads at once: must be thread-safe.</param>
internal sealed class IngestionPipeline(ArchiveStore store, SourceParser parser, long maxFileBytes, IArticleEnricher? enricher = null)
{
    private const string Vanished = "the file disappeared before it could be read (moved or deleted during the batch)";
    private const string Changed = "the file changed or disappeared while it was being ingested; ingest it again once it is complete";

    /// <summary>Files larger than this are refused unread unless the archive is configured otherwise.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>
    /// The pipeline with the real readers, the parser given (by default the one over the data packages) and the
    /// options' size limit; with <paramref name="tools"/>, also .doc, .wps, .rtf and scans.
    /// </summary>
    public static IngestionPipeline Create(ArchiveStore store, long maxFileBytes = DefaultMaxFileBytes, DocumentParser? parser = null, IArticleEnricher? enricher = null, DocumentTools? tools = null) =>
        new(store, new SourceParser(parser ?? DocumentParser.CreateDefault(), tools, IsolatedReader.Shared), maxFileBytes, enricher);

    /// <summary>
    /// Ingests files and folders. Progress is reported once the files are listed (FilesDone 0) and after each
    /// file is stored, and page by page while scans are recognized (from the threads reading them); cancelling stops
    /// the programs reading files at once and the batch before the next file is stored (throws OperationCanceledException).
    /// </summary>
    /// <exception cref="StorageFullException">The disk filled up: it says which files were stored before.</exception>
    public IReadOnlyList<FileOutcome> Ingest(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default,
        IProgress<PageProgress>? pages = null)
    {
        var entries = SourceWalker.Expand(paths);
        var outcomes = new List<FileOutcome>(entries.Count);
        progress?.Report(new IngestProgress(0, entries.Count, entries.FirstOrDefault()?.Path));
        var prepared = entries
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellationToken)
            .Select(entry => entry.Problem switch
            {
                FileOutcomeStatus.Failed => Done(Fail(entry.Path, null, entry.Reason!)),
                { } problem => Done(new FileOutcome(entry.Path, problem, null, 0, entry.Reason)),
                null when entry.Pages is not null => PreparePages(entry.Path, entry.Pages, new ReadingContext(entry.Path, cancellationToken, pages)),
                null => PrepareFile(entry.Path, new ReadingContext(entry.Path, cancellationToken, pages)),
            });
        try
        {
            foreach (var file in prepared)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(Complete(file));
                progress?.Report(new IngestProgress(outcomes.Count, entries.Count, file.Path));
            }
        }
        catch (Exception e) when (e is not StorageFullException && StorageFullException.IsDiskFull(e))
        {
            // Recording a failure or storing a file can both meet a full disk; either way the batch cannot go on.
            throw new StorageFullException(outcomes, e);
        }

        return outcomes;
    }

    /// <summary>Ingests one file on disk; the path (made absolute) is its identity for superseding.</summary>
    public FileOutcome IngestFile(string path) => Complete(PrepareFile(Path.GetFullPath(path), new ReadingContext(path)));

    /// <summary>
    /// Ingests bytes that did not come from a folder (an upload). Its source path is "upload:{name}": new content under
    /// a name seen before supersedes the document the name held when it is plausibly the same document (see
    /// <see cref="ArchiveStore"/>'s Record); with <paramref name="replaces"/>, it supersedes that document whatever its name.
    /// </summary>
    public FileOutcome IngestUpload(string fileName, ReadOnlyMemory<byte> content, string? replaces = null, CancellationToken cancellationToken = default)
    {
        var path = SourceFile.UploadPrefix + Path.GetFileName(fileName);
        try
        {
            return Complete(content.Length > maxFileBytes
                ? Done(Fail(path, content.Length, TooLarge(content.Length)))
                : PrepareContent(path, content, new ReadingContext(fileName, cancellationToken), replaces));
        }
        catch (Exception e) when (e is not StorageFullException && StorageFullException.IsDiskFull(e))
        {
            throw new StorageFullException([], e);
        }
    }

    /// <summary>
    /// A file read and parsed, waiting to be stored, with how to get the bytes to keep when it is (null when they are
    /// no longer those parsed); or its final outcome when there is nothing to store.
    /// </summary>
    private sealed record PreparedFile(string Path, FileOutcome? Outcome, SourceFile? Source = null, ParsedFile? Parsed = null,
        IReadOnlyList<StoredArticle>? Articles = null, Func<ParsedFile, IncomingOriginal?>? Original = null);

    private static PreparedFile Done(FileOutcome outcome) => new(outcome.Path, outcome);

    private FileOutcome Complete(PreparedFile file)
    {
        if (file.Outcome is { } outcome) return outcome;
        var (source, parsed) = (file.Source!, file.Parsed!);
        return file.Original!(parsed) is { } original
            ? store.Save(source, parsed.Document, parsed.OriginalText, file.Articles, parsed.Recognition, original)
            : Fail(source.Path, source.Size, Changed);
    }

    private PreparedFile PrepareFile(string path, ReadingContext context)
    {
        try
        {
            return PrepareContent(path, FileBytes.Read(path, maxFileBytes), context);
        }
        catch (UnreadableFileException e)
        {
            return Done(Fail(path, e.FileSize, e.Message));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Done(Fail(path, null, Vanished));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Done(Fail(path, null, $"the file cannot be read: {e.Message}"));
        }
    }

    private PreparedFile PrepareContent(string path, ReadOnlyMemory<byte> content, ReadingContext context, string? replaces = null)
    {
        if (content.Length == 0)
        {
            return Done(Fail(path, 0, FileBytes.Empty));
        }

        var source = new SourceFile(path, ContentIdentity.Sha256Hex(content.Span), content.Length) { Replaces = replaces };
        // An upload's bytes are kept as given; a file on disk is read again when stored, so a batch holds no file's bytes.
        return Prepare(source, () => parser.ParseFile(Path.GetFileName(path), content, context), KeptOriginals.Of(source, content),
            source.IsUpload ? parsed => KeptOriginals.Of(source, content, parsed) : parsed => KeptOriginals.FromDisk(source, parsed));
    }

    /// <summary>A scanned issue: its identity is that of its page images' names and bytes, in page order.</summary>
    private PreparedFile PreparePages(string folder, IReadOnlyList<string> files, ReadingContext context)
    {
        var pages = new ScannedPages(files, maxFileBytes);
        SourceFile source;
        try
        {
            foreach (var page in files)
            {
                try
                {
                    FileBytes.Checked(page, maxFileBytes);
                }
                catch (UnreadableFileException e)
                {
                    return Done(Fail(folder, null, $"{Path.GetFileName(page)}: {e.Message}"));
                }
            }
            source = PageFolder.Source(folder, pages);
        }
        catch (UnreadableFileException e)
        {
            return Done(Fail(folder, null, $"a page image changed while it was read: {e.Message}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Done(Fail(folder, null, $"a page image cannot be read: {e.Message}"));
        }
        return Prepare(source, () => parser.ParsePages(pages, context), null, _ => KeptOriginals.OfPages(source, pages));
    }

    /// <param name="known">The bytes to keep when they are stored already, for a document that has none kept yet.</param>
    /// <param name="original">The bytes to keep once the file is stored.</param>
    private PreparedFile Prepare(SourceFile source, Func<ParsedFile> parse, IncomingOriginal? known, Func<ParsedFile, IncomingOriginal?> original)
    {
        var path = source.Path;
        if (store.RecordIfKnown(source, known) is { } recorded)
        {
            return Done(recorded);
        }

        ParsedFile parsed;
        try
        {
            parsed = parse();
        }
        catch (NotSupportedException e)
        {
            return Done(new FileOutcome(path, FileOutcomeStatus.Skipped, null, 0, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Done(Fail(path, source.Size, e.Message));
        }

        var articles = ArchiveStore.ToStoredArticles(source.DocumentId, parsed.Document);
        if (enricher is not null)
        {
            articles = articles.Select(enricher.Enrich).ToList();
        }

        return new PreparedFile(path, null, source, parsed, articles, original);
    }

    private FileOutcome Fail(string path, long? size, string reason)
    {
        store.RecordFailure(path, size, reason);
        return new FileOutcome(path, FileOutcomeStatus.Failed, null, 0, reason);
    }

    private string TooLarge(long size) => FileBytes.TooLarge(size, maxFileBytes);
}
