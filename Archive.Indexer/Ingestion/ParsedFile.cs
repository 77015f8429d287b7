using Archive.Indexer.Parsing;

namespace Archive.Indexer.Ingestion;

/// <summary>
/// What reading and parsing made of one file: the parse, the decoded text it came from and the encoding it was
/// decoded from (utf-8, gb18030 ...; null when the reader does not say).
/// </summary>
public sealed record ParsedFile(ParsedDocument Document, string OriginalText, string? Encoding = null);

/// <summary>
/// Turns a file's name and bytes into a <see cref="ParsedFile"/>. Throws <see cref="NotSupportedException"/>
/// for a kind of file it does not read (skipped) and any other exception, with a clear message, for a file
/// it cannot read (failed).
/// </summary>
public delegate ParsedFile FileParser(string fileName, ReadOnlyMemory<byte> content);
