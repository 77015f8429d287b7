using System.Collections.ObjectModel;
using System.Text.Json;

namespace Archive.Indexer.Model;

/// <summary>
/// What reading a document's kept original again with the current readers and parsers changed, and where the parser
/// now disagrees with what editors corrected (their corrections are kept: the parser's value is only reported).
/// </summary>
public sealed record ReparseReport(string DocumentId, ReparseStatus Status)
{
    /// <summary>Why the file could not be read again (Unreadable).</summary>
    public string? Error { get; init; }
    /// <summary>Whether the document or any article changed (then its revision moved on).</summary>
    public bool Changed { get; init; }
    /// <summary>Articles whose fields or text changed.</summary>
    public IReadOnlyList<string> ArticlesChanged { get; init; } = [];
    /// <summary>Articles the parser now finds that it did not before.</summary>
    public IReadOnlyList<string> ArticlesAdded { get; init; } = [];
    /// <summary>Articles the parser no longer finds, each with the live article its id leads to from now on (the one holding its text).</summary>
    public IReadOnlyDictionary<string, string> ArticlesRetired { get; init; } = ReadOnlyDictionary<string, string>.Empty;
    public IReadOnlyList<Disagreement> Disagreements { get; init; } = [];
}

public enum ReparseStatus
{
    Reparsed,
    /// <summary>Unknown, deleted or superseded: only a current document is read again (and only a deleted one restored).</summary>
    NotFound,
    /// <summary>Ingested before originals were kept: ingest the same file again first.</summary>
    NoOriginal,
    /// <summary>The kept file is missing or damaged (see archive verify).</summary>
    OriginalMissing,
    /// <summary>The current readers cannot read the kept file; nothing changed.</summary>
    Unreadable,
    /// <summary>A file given to restore a deleted document holds other bytes than the document was read from.</summary>
    NotItsFile,
}

/// <summary>
/// A corrected field whose value the parser now reads otherwise: the editor's value stays. Field "merge" is an
/// article editors merged into <c>Corrected</c> that the parser reads as an article of its own.
/// </summary>
public sealed record Disagreement(string Target, string Field, JsonElement Corrected, JsonElement Parsed);
