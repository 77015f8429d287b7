using Archive.Indexer.Store;
using Archive.Indexer.Text;

namespace Archive.Indexer.Ingestion;

/// <summary>
/// Expands files and folders into the files to ingest, recursively, in a stable order; a folder of page images
/// only is one entry (<see cref="PageFolder"/>); what is plainly no document is skipped, with why (an archive's own data
/// folder among them). Symbolic links are followed within the folders named: a link leading back into a folder being
/// walked (a loop) is reported instead of followed, and one leading out of them is skipped, so that a link planted in a
/// shared folder (to / or a home folder) cannot make the machine's files searchable; naming its target reads it.
/// </summary>
internal static class SourceWalker
{
    public static List<SourceEntry> Expand(IEnumerable<string> paths)
    {
        var entries = new List<SourceEntry>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var named = paths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).ToList();
        var roots = named.Where(Directory.Exists).Select(RealPath).ToList();
        foreach (var full in named)
        {
            if (Directory.Exists(full))
            {
                Walk(full, RealPath(full), entries, walked, [], roots);
            }
            else
            {
                entries.Add(FileEntry(full));
            }
        }

        return entries;
    }

    private static void Walk(string folder, string realFolder, List<SourceEntry> entries, HashSet<string> walked, List<string> ancestors, List<string> roots)
    {
        if (ancestors.Contains(realFolder))
        {
            entries.Add(new SourceEntry(folder, FileOutcomeStatus.Failed,
                $"symbolic link loop: this folder leads back to {realFolder}, which contains it; not followed. Remove or retarget the link."));
            return;
        }

        if (!walked.Add(realFolder))
        {
            entries.Add(new SourceEntry(folder, FileOutcomeStatus.Skipped, $"leads to {realFolder}, a folder already read in this batch"));
            return;
        }

        // `archive ingest .` beside ./data would read the archive's own database, log and kept originals as documents.
        if (File.Exists(Path.Combine(folder, ArchiveStore.DatabaseFile)))
        {
            entries.Add(new SourceEntry(folder, FileOutcomeStatus.Skipped, $"an archive's data folder ({ArchiveStore.DatabaseFile}): not documents"));
            return;
        }

        string[] children;
        try
        {
            children = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries.Add(new SourceEntry(folder, FileOutcomeStatus.Failed, $"folder cannot be listed: {e.Message}"));
            return;
        }

        // Each child with where it really is (a link resolved), found once: to skip a link out of the folders named, and
        // to walk a folder by its real path.
        var inside = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            var real = RealChild(Path.Combine(realFolder, Path.GetFileName(child)));
            if (LeadsOutside(real, roots) is { } target)
            {
                entries.Add(new SourceEntry(child, FileOutcomeStatus.Skipped,
                    $"a symbolic link to {target}, outside the folders named: not followed (name {target} itself to read it)"));
            }
            else
            {
                inside[child] = real;
            }
        }
        children = [.. inside.Keys];

        if (PageFolder.Pages(children) is { } pages)
        {
            entries.Add(new SourceEntry(folder, Pages: pages));
            return;
        }

        Array.Sort(children, StringComparer.Ordinal);
        ancestors.Add(realFolder);
        foreach (var child in children)
        {
            if (Directory.Exists(child))
            {
                Walk(child, inside[child], entries, walked, ancestors, roots);
            }
            else
            {
                entries.Add(NotADocument(Path.GetFileName(child)) is { } reason ? new SourceEntry(child, FileOutcomeStatus.Skipped, reason) : FileEntry(child));
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
    }

    /// <summary>
    /// Why a file met in a folder is no document, or null: what editors, systems and web dumps leave beside documents
    /// (Word's ~$ owner files and LibreOffice's lock files, hidden files, thumbnails, data and code). Named on its own,
    /// a file is read whatever it is called.
    /// </summary>
    internal static string? NotADocument(string fileName)
    {
        if (fileName.StartsWith("~$", StringComparison.Ordinal)) return "an Office owner file (~$…), left while a document is open: not a document";
        if (fileName.StartsWith('.')) return "a hidden file: not a document";
        if (SystemFiles.Contains(fileName)) return "a system file: not a document";
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (FileArchives.Contains(extension)) return DocumentReader.UnpackFirst(extension);
        return DataExtensions.Contains(extension) ? $"{extension} holds data or code, not a document" : null;
    }

    private static readonly HashSet<string> FileArchives = [".zip", ".rar", ".7z", ".tar", ".gz", ".tgz"];

    private static readonly HashSet<string> SystemFiles = new(["Thumbs.db", "desktop.ini"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> DataExtensions =
        [".json", ".jsonl", ".xml", ".csv", ".tsv", ".yaml", ".yml", ".js", ".css", ".map", ".log", ".ini", ".db", ".sqlite", ".lnk", ".tmp", ".exe", ".dll"];

    private static SourceEntry FileEntry(string path)
    {
        if (File.Exists(path))
        {
            return new SourceEntry(path);
        }

        var info = new FileInfo(path);
        return info.LinkTarget is { } target
            ? new SourceEntry(path, FileOutcomeStatus.Failed,
                $"symbolic link to {target} cannot be followed (its target is missing or it loops back on itself)")
            : new SourceEntry(path, FileOutcomeStatus.Failed, path.Contains('\uFFFD', StringComparison.Ordinal) ? NameNotUtf8 : "no such file or folder");
    }

    /// <summary>
    /// A name listed with U+FFFD that is not there: its bytes are no UTF-8 (a Windows zip tool writes GBK names), and .NET
    /// lists such a name with replacement characters, by which the file cannot be opened. It was "no such file or folder".
    /// </summary>
    private const string NameNotUtf8 =
        "its name is not UTF-8 (written in another encoding, such as GBK by a Windows zip tool), so it cannot be opened by it: " +
        "rename it, e.g. convmv -f gbk -t utf8 --notest FILE";

    /// <summary>Where a link leads when that is outside every folder named (its real path), else null.</summary>
    private static string? LeadsOutside(string realPath, List<string> roots) =>
        roots.Any(root => realPath == root || realPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ? null : realPath;

    /// <summary>The path with every symbolic link along it resolved, so two routes to one folder compare equal.</summary>
    private static string RealPath(string path)
    {
        var parent = Path.GetDirectoryName(path);
        var candidate = parent is null ? path : Path.Combine(RealPath(parent), Path.GetFileName(path));
        return RealChild(candidate);
    }

    /// <summary>Resolves the last step of a path whose parent is already real; a link that cannot be resolved (a loop) stays as it is.</summary>
    private static string RealChild(string path)
    {
        var info = new DirectoryInfo(path);
        try
        {
            return info.LinkTarget is null ? path : info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName) : path;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
