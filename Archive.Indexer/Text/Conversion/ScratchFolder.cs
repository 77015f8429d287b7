namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// The temporary folder the external programs work in: one subfolder per file being read, deleted when that file is
/// done whatever happened (converted, failed, timed out, cancelled), and the whole folder when the archive closes.
/// </summary>
internal sealed class ScratchFolder(string path) : IDisposable
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    private const string Prefix = "archive-";
    /// <summary>
    /// A folder of a process that no longer runs is deleted only once it is this old: a process id of another
    /// container sharing the temp folder is not visible here, and its folder is in use.
    /// </summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromHours(6);

    /// <summary>
    /// A folder of its own under the system's temp folder, named for this process and readable by its user alone
    /// (it holds copies of the files being read). Old folders of archive processes that no longer run (killed
    /// mid-file, so they could not clean up) are deleted first.
    /// </summary>
    public static ScratchFolder CreateTemporary()
    {
        var temp = System.IO.Path.GetTempPath();
        foreach (var folder in Directory.EnumerateDirectories(temp, Prefix + "*"))
        {
            var parts = System.IO.Path.GetFileName(folder)[Prefix.Length..].Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], out var pid) && parts[1].Length == 32 && Guid.TryParseExact(parts[1], "N", out _)
                && !IsRunning(pid) && DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > Abandoned)
                Delete(folder);
        }
        var path = System.IO.Path.Combine(temp, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (!OperatingSystem.IsWindows()) Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new ScratchFolder(path);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // It cannot be told: the folder is left alone.
            return true;
        }
    }

    /// <summary>A new empty subfolder for one file's work; disposing it deletes it.</summary>
    public Job StartJob(string prefix = "job") => new(Directory.CreateDirectory(System.IO.Path.Combine(Path, $"{prefix}-{Guid.NewGuid():N}")).FullName);

    public void Dispose() => Delete(Path);

    internal static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temp cleaning: a failed delete must not fail the file that was read.
        }
    }

    public sealed class Job(string path) : IDisposable
    {
        public string Path { get; } = path;

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose() => Delete(Path);
    }
}
