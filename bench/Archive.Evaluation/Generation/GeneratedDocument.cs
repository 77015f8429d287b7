namespace Archive.Evaluation.Generation;

/// <summary>A composed document: its lines as a plain-text file would hold them, what the manifest says of it, its articles.</summary>
internal sealed record GeneratedDocument(ManifestEntry Manifest, IReadOnlyList<string> Lines, IReadOnlyList<ComposedArticle> Articles);

/// <summary>An article's text before layout: title and paragraphs, for a place and a year; an earlier article's when republished.</summary>
internal sealed record ComposedArticle(string Title, IReadOnlyList<string> Paragraphs, ArticlePlace Place, int Year, string? RepublishedFrom = null)
{
    /// <summary>Its region as far as its title and text make it certain (<see cref="ArticlePlace.PathNamedIn"/>).</summary>
    public string? NamedRegion => Place.PathNamedIn(Title + "\n" + string.Join("\n", Paragraphs));
}
