namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// The temporary folder the external programs work in: one subfolder per file being read, deleted when that file is
/// done whatever happened (converted, failed, timed out, cancelled), and the whole folder when the archive closes.
/// </summary>
public sealed class ScratchFolder(string path) : IDisposable
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>A folder of its own under the system's temp folder, named for this process.</summary>
    public static ScratchFolder CreateTemporary() =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"archive-{Environment.ProcessId}-{Guid.NewGuid():N}"));

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
