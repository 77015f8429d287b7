using Archive.Indexer.Parsing;
using Archive.Indexer.Text.Recognition;

namespace Archive.Indexer.Ingestion;

/// <summary>What reading and parsing made of one source: the parse, the decoded text it came from, and whether that text was recognized from images.</summary>
public sealed record ParsedFile(ParsedDocument Document, string OriginalText, TextRecognition? Recognition = null);
