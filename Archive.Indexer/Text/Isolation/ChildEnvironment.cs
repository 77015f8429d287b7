namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// The environment the archive's helper processes get (reader processes, LibreOffice, Tesseract, poppler): its
/// own settings stripped, since they may carry API keys and passwords a converted file has no business seeing.
/// </summary>
internal static class ChildEnvironment
{
    private static readonly string[] SecretMarks = ["KEY", "SECRET", "PASSWORD", "TOKEN", "CREDENTIAL"];

    public static void Scrub(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("ARCHIVE__", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || SecretMarks.Any(mark => name.Contains(mark, StringComparison.OrdinalIgnoreCase)))
            {
                environment.Remove(name);
            }
        }
    }
}
