namespace Archive.Api.DropFolders;

/// <summary>
/// One watched folder: which of its files are complete (size and modification time unchanged for the quiet time
/// since the watcher first saw them so), and moving a file out of the way once dealt with, into ingested/ or failed/
/// (with a note of why). A folder that is missing or cannot be read is said once in the log, and looked at again
/// at the next poll.
/// </summary>
public sealed class DropFolder(string path, TimeSpan quiet, ILogger logger)
{
    public const string Ingested = "ingested";
    public const string Failed = "failed";

    private readonly Dictionary<string, Sighting> _seen = new(StringComparer.Ordinal);
    /// <summary>Files that could not be moved aside: left alone until they change, so none is ingested in a loop.</summary>
    private readonly HashSet<(string Path, long Length, DateTime Modified)> _givenUp = [];
    private string? _problem;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The files that have stayed the same for the quiet time, oldest sighting first.</summary>
    public IReadOnlyList<FileInfo> Complete(DateTimeOffset now)
    {
        FileInfo[] files;
        try
        {
            files = new DirectoryInfo(Path).GetFiles();
            Report(null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            Report(e is DirectoryNotFoundException
                ? File.Exists(Path) ? "is a file, not a folder" : "does not exist (or was removed)"
                : $"cannot be read: {e.Message}");
            _seen.Clear();
            return [];
        }

        var complete = new List<(FileInfo File, DateTimeOffset Since)>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !InProgress(f.Name)))
        {
            present.Add(file.FullName);
            var sighting = Sighting.Of(file, now);
            if (_givenUp.Contains((file.FullName, file.Length, file.LastWriteTimeUtc))) continue;
            if (!_seen.TryGetValue(file.FullName, out var earlier) || !earlier.Same(sighting))
            {
                _seen[file.FullName] = sighting;
            }
            else if (now - earlier.Since >= quiet)
            {
                complete.Add((file, earlier.Since));
            }
        }
        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList()) _seen.Remove(gone);
        return [.. complete.OrderBy(c => c.Since).Select(c => c.File)];
    }

    /// <summary>Whether a complete file is still as it was seen (a writer may have gone on after the quiet time).</summary>
    public bool Unchanged(FileInfo file, long length)
    {
        file.Refresh();
        var unchanged = file.Exists && file.Length == length && _seen.TryGetValue(file.FullName, out var seen) && seen.Same(Sighting.Of(file, default));
        if (!unchanged) _seen.Remove(file.FullName);
        return unchanged;
    }

    /// <summary>Moves a file dealt with into a subfolder (ingested/ or failed/), beside a note of why for a failure.</summary>
    public void SetAside(FileInfo file, string subfolder, string? note)
    {
        _seen.Remove(file.FullName);
        try
        {
            var folder = Directory.CreateDirectory(System.IO.Path.Combine(Path, subfolder)).FullName;
            var target = Free(folder, file.Name);
            file.MoveTo(target);
            if (note is not null) File.WriteAllText(target + NoteEnding, note);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left where it is and never taken again as it is: a file that cannot be moved is not ingested in a loop.
            _givenUp.Add((file.FullName, file.Length, file.LastWriteTimeUtc));
            logger.LogError("Drop folder {Folder}: {FileName} could not be moved to {Subfolder}/ ({Reason}); it is left alone until it changes",
                Path, file.Name, subfolder, e.Message);
        }
    }

    /// <summary>
    /// A name not taken in the folder: 通知.docx, 通知 (2).docx ... A name too long for its note (".why.txt" after it)
    /// or its number to fit in a file name's 255 bytes is cut before its extension: a name of 250 bytes was moved
    /// aside without the note saying why.
    /// </summary>
    private static string Free(string folder, string name)
    {
        var (stem, extension) = (System.IO.Path.GetFileNameWithoutExtension(name), System.IO.Path.GetExtension(name));
        for (var n = 1; ; n++)
        {
            var ending = (n == 1 ? "" : $" ({n})") + extension;
            var target = System.IO.Path.Combine(folder, Fitting(stem, ending + NoteEnding) + ending);
            if (!File.Exists(target) && !File.Exists(target + NoteEnding)) return target;
        }
    }

    private const string NoteEnding = ".why.txt";

    /// <summary>The longest start of <paramref name="stem"/> that fits in a file name (255 bytes of UTF-8) with <paramref name="ending"/> after it.</summary>
    private static string Fitting(string stem, string ending)
    {
        var room = 255 - System.Text.Encoding.UTF8.GetByteCount(ending);
        var length = stem.Length;
        while (length > 0 && System.Text.Encoding.UTF8.GetByteCount(stem.AsSpan(0, length)) > room) length--;
        if (length > 0 && length < stem.Length && char.IsHighSurrogate(stem[length - 1])) length--;
        return stem[..length];
    }

    /// <summary>Hidden files and the names downloads and copies use while they write (.part, .tmp, .crdownload, name~).</summary>
    private static bool InProgress(string name) =>
        name.StartsWith('.') || name.EndsWith('~')
        || System.IO.Path.GetExtension(name).ToLowerInvariant() is ".part" or ".partial" or ".tmp" or ".crdownload" or ".download";

    /// <summary>Logs a change of the folder's state once, not at every poll.</summary>
    private void Report(string? problem)
    {
        if (problem == _problem) return;
        if (problem is null) logger.LogInformation("Drop folder {Folder} can be read again; watching it", Path);
        else logger.LogWarning("Drop folder {Folder} {Problem}; looking again at every poll", Path, problem);
        _problem = problem;
    }

    /// <summary>A file's size and modification time, and when the watcher first saw it so.</summary>
    private sealed record Sighting(long Length, DateTime Modified, DateTimeOffset Since)
    {
        public static Sighting Of(FileInfo file, DateTimeOffset now) => new(file.Length, file.LastWriteTimeUtc, now);

        public bool Same(Sighting other) => Length == other.Length && Modified == other.Modified;
    }
}
