using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Archive.Indexer.Store;
using Archive.Indexer.Text;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Ingestion;

/// <summary>
/// A folder of page images of one scanned issue (page-001.jpg, page-002.jpg ...): a folder that holds two or more
/// image files and nothing else is read as one document, its pages in file-name order with numbers compared as
/// numbers (page-2 before page-10).
/// </summary>
internal static class PageFolder
{
    /// <returns>The pages in order, or null when the folder is not a scanned issue.</returns>
    public static IReadOnlyList<string>? Pages(IReadOnlyList<string> children)
    {
        if (children.Count < 2 || children.Any(c => !File.Exists(c) || !DocumentReader.IsPageImage(c))) return null;
        return [.. children.Order(FileNameOrder.Instance)];
    }

    /// <summary>The identity: the sha256 of its pages' names and bytes in page order, streamed page by page.</summary>
    /// <exception cref="UnreadableFileException">A page is empty or over the limit.</exception>
    public static SourceFile Source(string folder, ScannedPages pages)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        foreach (var page in pages.Files)
        {
            using var stream = pages.Open(page);
            AppendPage(hash, page, stream.Length);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
            size += stream.Length;
        }
        return new SourceFile(folder, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <summary>Adds a page to an issue's identity: its name and its length; its bytes follow, appended as they are read.</summary>
    public static void AppendPage(IncrementalHash hash, string page, long length)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(page)));
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, length);
        hash.AppendData(bytes);
    }

    /// <summary>File names compared with runs of digits as numbers, then ordinally.</summary>
    private sealed class FileNameOrder : IComparer<string>
    {
        public static FileNameOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var a = Path.GetFileName(x ?? "");
            var b = Path.GetFileName(y ?? "");
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
                {
                    var (startA, startB) = (i, j);
                    while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                    while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                    var numberA = a[startA..i].TrimStart('0');
                    var numberB = b[startB..j].TrimStart('0');
                    var byValue = numberA.Length != numberB.Length ? numberA.Length.CompareTo(numberB.Length) : string.CompareOrdinal(numberA, numberB);
                    if (byValue != 0) return byValue;
                    continue;
                }
                if (a[i] != b[j]) return a[i].CompareTo(b[j]);
                i++;
                j++;
            }
            var byLength = (a.Length - i).CompareTo(b.Length - j);
            return byLength != 0 ? byLength : string.CompareOrdinal(a, b);
        }
    }
}
