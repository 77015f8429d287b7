using System.IO.Compression;
using System.Security.Cryptography;
using Archive.Indexer.Store;
using Archive.Indexer.Parsing;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Ingestion;

/// <summary>
/// The bytes the store keeps of each kind of source: an upload's as given, a file's as read again from disk when it is
/// stored, a scanned issue's page images in one zip. Null when the source is no longer what was parsed.
/// </summary>
internal static class KeptOriginals
{
    /// <summary>The media type of a scanned issue's kept pages.</summary>
    public const string PagesMediaType = "application/zip";
    /// <summary>Page entries carry this time, so the same pages make the same zip.</summary>
    private static readonly DateTimeOffset PageTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Bytes in hand, with the charset the reader decoded them in when they were parsed.</summary>
    public static IncomingOriginal Of(SourceFile source, ReadOnlyMemory<byte> content, ParsedFile? parsed = null) =>
        new(source.FileName, MediaType.Of(source.FileName, parsed?.Encoding), content, source.Sha256);

    /// <summary>
    /// A file on disk read again; null when its bytes are no longer those parsed (changed, or gone). It is read no
    /// further than the size parsed: a file that grew since, or became a link to a device, is another file.
    /// </summary>
    public static IncomingOriginal? FromDisk(SourceFile source, ParsedFile parsed)
    {
        try
        {
            var bytes = FileBytes.Read(source.Path, source.Size);
            return ContentIdentity.Sha256Hex(bytes) == source.Sha256 ? Of(source, bytes, parsed) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnreadableFileException)
        {
            return null;
        }
    }

    /// <summary>
    /// A scanned issue's page images in page order, stored uncompressed (images are) in one zip named after its folder;
    /// null unless the pages zipped are those the issue was read from (its identity is computed over the same bytes).
    /// </summary>
    public static IncomingOriginal? OfPages(SourceFile source, ScannedPages pages)
    {
        try
        {
            using var identity = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var page in pages.Files)
                {
                    var content = pages.Read(page);
                    PageFolder.AppendPage(identity, page, content.Length);
                    identity.AppendData(content);
                    var entry = archive.CreateEntry(Path.GetFileName(page), CompressionLevel.NoCompression);
                    entry.LastWriteTime = PageTime;
                    using var into = entry.Open();
                    into.Write(content);
                }
            }
            if (Convert.ToHexStringLower(identity.GetHashAndReset()) != source.Sha256) return null;
            var bytes = zip.ToArray();
            return new IncomingOriginal(Path.GetFileName(Path.TrimEndingDirectorySeparator(source.Path)) + ".zip", PagesMediaType, bytes, ContentIdentity.Sha256Hex(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnreadableFileException)
        {
            return null;
        }
    }
}
