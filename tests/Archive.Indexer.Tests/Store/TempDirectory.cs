namespace Archive.Indexer.Tests.Store;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it at the end of a test.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("archive-test-").FullName;

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a killed child process: the OS temp cleaner takes it later.
        }
    }
}
