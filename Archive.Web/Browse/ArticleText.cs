namespace Archive.Web.Browse;

/// <summary>An article body as readable paragraphs: one per non-blank line of the stored text.</summary>
public static class ArticleText
{
    public static IReadOnlyList<string> Paragraphs(string body) =>
        [.. body.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}
