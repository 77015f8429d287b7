namespace Archive.Indexer.Generation;

/// <summary>A composed document: its lines as a plain-text file would hold them, and what the manifest says of it.</summary>
internal sealed record GeneratedDocument(ManifestEntry Manifest, IReadOnlyList<string> Lines);

/// <summary>An article's text before layout: title, paragraphs and topic; an earlier article's when republished.</summary>
internal sealed record ComposedArticle(string Title, IReadOnlyList<string> Paragraphs, Topic Topic, string? RepublishedFrom = null)
{
    public int BodyChars => Paragraphs.Sum(p => p.Length);
}
