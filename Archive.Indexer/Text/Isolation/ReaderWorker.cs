namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// The reader process (`archive read-worker`): reads files sent over standard input with the in-process
/// <see cref="DocumentReader"/> and answers over standard output, until the input closes. Whatever a file does
/// to it (a stack overflow, an endless loop, an exhausted heap) ends this process, never the archive's.
/// </summary>
internal static class ReaderWorker
{
    public static int Run()
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        // Standard output carries the answers: nothing else may write to it.
        Console.SetOut(TextWriter.Null);
        output.WriteByte(ReaderProtocol.Ready);
        output.Flush();
        while (ReaderProtocol.ReadRequest(input) is { } request)
        {
            var (fileName, content) = request;
            try
            {
                ReaderProtocol.WriteAnswer(output, ReaderProtocol.Outcome.Text, DocumentReader.Read(fileName, content), null);
            }
            catch (UnreadableFileException e)
            {
                ReaderProtocol.WriteAnswer(output, ReaderProtocol.Outcome.Unreadable, null, e.Message);
            }
            catch (OutOfMemoryException)
            {
                // The heap may be in any state now: answer, then end; the archive starts a fresh process.
                ReaderProtocol.WriteAnswer(output, ReaderProtocol.Outcome.Unreadable, null, IsolatedReader.OutOfMemory);
                return 3;
            }
            catch (Exception e)
            {
                ReaderProtocol.WriteAnswer(output, ReaderProtocol.Outcome.Unreadable, null,
                    $"the reader failed on this file ({e.GetType().Name}: {e.Message})");
            }
        }
        return 0;
    }
}
