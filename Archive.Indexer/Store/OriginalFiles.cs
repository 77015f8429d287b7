using System.Security.Cryptography;

namespace Archive.Indexer.Store;

/// <summary>
/// The folder of kept originals: every file's bytes once, named by their sha256 (originals/ab/abcdef…), so
/// identical files take the room of one. A file is written beside its place and moved in, so a reader never
/// sees half of one; the store records it in the same step as its document and takes it back when that fails.
/// </summary>
internal sealed class OriginalFiles(string directory)
{
    /// <summary>The folder beside archive.db.</summary>
    public const string FolderName = "originals";
    private const string Partial = ".partial";

    public string Directory { get; } = directory;

    public string PathOf(string sha256) => Path.Combine(Directory, sha256[..2], sha256);

    /// <summary>
    /// Writes the bytes under their hash unless a file of their size is there already (a damaged one of
    /// another size is replaced). True when this call wrote it, so a store that fails afterwards removes it.
    /// </summary>
    public bool Keep(string sha256, ReadOnlySpan<byte> content)
    {
        var path = PathOf(sha256);
        var existing = new FileInfo(path);
        if (existing.Exists && existing.Length == content.Length) return false;
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}{Partial}";
        try
        {
            using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(partial, path, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public void Remove(string sha256)
    {
        try
        {
            File.Delete(PathOf(sha256));
        }
        catch (DirectoryNotFoundException)
        {
            // Never kept (a document from before originals were kept): nothing to remove.
        }
    }

    /// <summary>The kept bytes to read, or null when the file is missing or not of the size recorded (damaged).</summary>
    public Stream? Open(OriginalFile original)
    {
        try
        {
            var stream = new FileStream(PathOf(original.Sha256), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
            if (stream.Length == original.Size) return stream;
            stream.Dispose();
            return null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>What the kept file of an original is: intact, missing, or with other bytes than its hash says.</summary>
    public OriginalState Check(OriginalFile original)
    {
        try
        {
            using var stream = File.OpenRead(PathOf(original.Sha256));
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == original.Sha256 ? OriginalState.Intact : OriginalState.Damaged;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return OriginalState.Missing;
        }
    }

    /// <summary>Every file in the folder by the hash its name claims; files left half-written by a crash included.</summary>
    public IEnumerable<(string Name, string Path)> Files() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories).Select(p => (Path.GetFileName(p), p))
            : [];
}
