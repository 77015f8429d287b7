using Archive.Indexer.Parsing;
using Archive.Indexer.Store;
using Archive.Indexer.Text;

namespace Archive.Indexer.Ingestion;

/// <summary>
/// Paths in, stored documents out: files and folders (recursively) -> bytes -> parse -> enrich -> store,
/// one transaction per file. A file that cannot be read becomes a recorded failure with its reason and the
/// batch goes on; nothing stored before is touched. Stopping at any moment leaves every file either fully
/// stored or not at all, so running the same batch again completes it without duplicates.
/// </summary>
public sealed class IngestionPipeline(ArchiveStore store, FileParser parser, long maxFileBytes, IArticleEnricher? enricher = null)
{
    /// <summary>The pipeline with the real readers and parsers (Text, Parsing) and the options' size limit.</summary>
    public static IngestionPipeline Create(ArchiveStore store, ArchiveOptions options, IArticleEnricher? enricher = null)
    {
        var parser = DocumentParser.CreateDefault();
        return new IngestionPipeline(store, (name, content) =>
        {
            var text = DocumentReader.Read(name, content);
            return new ParsedFile(parser.Parse(text), text.Text);
        }, options.MaxFileBytes, enricher);
    }

    public IngestReport Ingest(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var entries = SourceWalker.Expand(paths);
        var outcomes = new List<FileOutcome>(entries.Count);
        foreach (var entry in entries)
        {
            progress?.Report(new IngestProgress(outcomes.Count, entries.Count, entry.Path));
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.Add(entry.Problem switch
            {
                FileOutcomeStatus.Failed => Fail(entry.Path, null, entry.Reason!),
                { } problem => new FileOutcome(entry.Path, problem, null, 0, entry.Reason),
                null => IngestFile(entry.Path),
            });
        }

        progress?.Report(new IngestProgress(outcomes.Count, entries.Count, null));
        return new IngestReport(outcomes);
    }

    /// <summary>Ingests one file on disk; the path (made absolute) is its identity for superseding.</summary>
    public FileOutcome IngestFile(string path)
    {
        path = Path.GetFullPath(path);
        long? size = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, null, "the file disappeared before it could be read (moved or deleted during the batch)");
            }

            size = info.Length;
            if (info.Length > maxFileBytes)
            {
                return Fail(path, size, TooLarge(info.Length));
            }

            var bytes = File.ReadAllBytes(path);
            return bytes.Length > maxFileBytes ? Fail(path, bytes.Length, TooLarge(bytes.Length)) : IngestContent(path, bytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(path, size, "the file disappeared before it could be read (moved or deleted during the batch)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, size, $"the file cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// Ingests bytes that did not come from a folder (an upload). Its source path is "upload:{documentId}/{name}",
    /// so two uploads that share a name never supersede each other.
    /// </summary>
    public FileOutcome IngestUpload(string fileName, ReadOnlyMemory<byte> content)
    {
        var name = Path.GetFileName(fileName);
        var id = ContentIdentity.DocumentId(ContentIdentity.Sha256Hex(content.Span));
        return content.Length > maxFileBytes
            ? Fail($"upload:{id}/{name}", content.Length, TooLarge(content.Length))
            : IngestContent($"upload:{id}/{name}", content);
    }

    private FileOutcome IngestContent(string path, ReadOnlyMemory<byte> content)
    {
        if (content.Length == 0)
        {
            return Fail(path, 0, "empty file (0 bytes): nothing to read");
        }

        var source = new SourceFile(path, ContentIdentity.Sha256Hex(content.Span), content.Length);
        if (store.RecordIfKnown(source) is { } known)
        {
            return known;
        }

        ParsedFile parsed;
        try
        {
            parsed = parser(Path.GetFileName(path), content);
        }
        catch (NotSupportedException e)
        {
            return new FileOutcome(path, FileOutcomeStatus.Skipped, null, 0, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Fail(path, content.Length, e.Message);
        }

        var articles = ArchiveStore.ToStoredArticles(source.DocumentId, parsed.Document);
        if (enricher is not null)
        {
            articles = articles.Select(enricher.Enrich).ToList();
        }

        return store.Save(source, parsed.Document, parsed.OriginalText, articles);
    }

    private FileOutcome Fail(string path, long? size, string reason)
    {
        store.RecordFailure(path, size, reason);
        return new FileOutcome(path, FileOutcomeStatus.Failed, null, 0, reason);
    }

    private string TooLarge(long size) =>
        $"file is {size / (1024.0 * 1024):0.#} MB, over the {maxFileBytes / (1024.0 * 1024):0.#} MB limit; " +
        "raise ArchiveOptions.MaxFileBytes (ARCHIVE__MAXFILEBYTES) to ingest it";
}
