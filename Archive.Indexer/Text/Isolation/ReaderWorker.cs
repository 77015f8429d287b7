namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// The reader process (`archive read-worker`): reads files sent over standard input with the in-process
/// <see cref="DocumentReader"/> and answers over standard output, until the input closes. Whatever a file does
/// to it (a stack overflow, an endless loop, an exhausted heap) ends this process, never the archive's; and if
/// the archive itself dies while a file is being read, this process ends too rather than compute on for nobody.
/// </summary>
internal static class ReaderWorker
{
    public static int Run()
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        // Standard output carries the answers: nothing else may write to it.
        Console.SetOut(TextWriter.Null);
        using var orphaned = ParentWatch.Start();
        output.WriteByte(ReaderProtocol.Ready);
        output.Flush();
        while (ReaderProtocol.ReadRequest(input) is { } request)
        {
            var (fileName, content) = request;
            try
            {
                ReaderProtocol.WriteAnswer(output, Read(fileName, content));
            }
            catch (OutOfMemoryException)
            {
                // The heap may be in any state now: answer, then end; the archive starts a fresh process.
                ReaderProtocol.WriteAnswer(output, new(ReaderProtocol.Outcome.OutOfMemory, null, ReaderProtocol.OutOfMemoryMessage));
                return 3;
            }
        }
        return 0;
    }

    private static ReaderProtocol.Answer Read(string fileName, byte[] content)
    {
        try
        {
            return new(ReaderProtocol.Outcome.Text, DocumentReader.Read(fileName, content).Bounded(), null);
        }
        catch (UnreadableFileException e)
        {
            var outcome = e.ScannedOnly ? ReaderProtocol.Outcome.ScannedOnly : e.Expensive ? ReaderProtocol.Outcome.Expensive : ReaderProtocol.Outcome.Unreadable;
            return new(outcome, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(ReaderProtocol.Outcome.Unreadable, null, $"the reader failed on this file ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>
    /// Ends the process when the archive that started it is gone (Linux reparents an orphan): its pipe closes, but
    /// a reader deep in a hostile file would not look at the pipe again.
    /// </summary>
    private sealed class ParentWatch : IDisposable
    {
        private readonly Timer? _timer;

        private ParentWatch(int parent) =>
            _timer = new Timer(_ => { if (ParentId() != parent) Environment.Exit(4); }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        private ParentWatch() => _timer = null;

        public static ParentWatch Start() => ParentId() is { } parent ? new ParentWatch(parent) : new ParentWatch();

        /// <summary>The parent process's id from /proc/self/stat (the field after the parenthesized name); null elsewhere.</summary>
        private static int? ParentId()
        {
            try
            {
                var stat = File.ReadAllText("/proc/self/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        public void Dispose() => _timer?.Dispose();
    }
}
