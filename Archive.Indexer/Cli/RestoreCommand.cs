using System.CommandLine;
using Archive.Indexer.Text;

namespace Archive.Indexer.Cli;

/// <summary>
/// `archive restore DOCUMENT_ID FILE [--data DIR]`: brings a deleted document back from the file it was read from:
/// its text and articles as the current parsers read them, in search again; corrected fields keep their values.
/// Exit code 1 when it cannot (not deleted, another file, unreadable), 2 when the archive or the file is missing.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("document-id") { Description = "The deleted document's id" };
        var file = new Argument<FileInfo>("file") { Description = "The file it was read from (the same bytes)" };
        var data = ArchiveOpening.DataOption();
        var command = new Command("restore", "Bring a deleted document back from its own file; corrected fields keep their values") { id, file, data };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine(TerminalText.Shown(Directory.Exists(path.FullName)
                    ? $"error: {path.FullName} is a folder: a document is restored from its one file (a scanned issue read from a folder of page images is not restored)"
                    : $"error: {path.FullName} does not exist"));
                return 2;
            }
            using var archive = ArchiveOpening.Open(parse.GetValue(data)!);
            if (archive is null) return 2;
            byte[] bytes;
            try
            {
                bytes = FileBytes.Read(path.FullName, archive.Options.MaxFileBytes);
            }
            catch (Exception e) when (e is UnreadableFileException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(TerminalText.Shown($"error: {path.FullName}: {e.Message}"));
                return 1;
            }
            var report = archive.RestoreDocument(parse.GetValue(id)!, bytes, new Editing($"cli:{Environment.UserName}"));
            ReparseCommand.Print([report], notFound: "no such deleted document (unknown, or not deleted: reparse reads a current one again)");
            return report.Status == ReparseStatus.Reparsed ? 0 : 1;
        });
        return command;
    }
}
