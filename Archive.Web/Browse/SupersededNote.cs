using Archive.Indexer.Model;

namespace Archive.Web.Browse;

/// <summary>What the note on a replaced version's page links to: the same article in the current version when known, else the version that replaced it.</summary>
public sealed record SupersededNote(StoredDocument Document, ArticleRef? CurrentArticle = null, string? Query = null);
