using Archive.Indexer.Parsing;

namespace Archive.Indexer.Parsing;

/// <summary>
/// What reading and parsing made of one source: the parse, the decoded text it came from, whether that text was
/// recognized from images, and the encoding it was decoded from (utf-8, gb18030 ...; null when the reader does not say).
/// </summary>
internal sealed record ParsedFile(ParsedDocument Document, string OriginalText, TextRecognition? Recognition = null, string? Encoding = null);
