namespace Archive.Indexer.Model;

/// <summary>An article body's paragraphs: its non-blank lines, trimmed. A split counts paragraphs the way pages show them.</summary>
internal static class ArticleParagraphs
{
    public static IReadOnlyList<string> Of(string body) =>
        [.. body.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    public static string Join(IEnumerable<string> paragraphs) => string.Join('\n', paragraphs);
}
