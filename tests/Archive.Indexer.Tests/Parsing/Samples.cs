using System.Text.Json.Nodes;
using Archive.Indexer.Parsing;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>The five sample documents and expected.json, as copied beside the tests (or from the shared seeds).</summary>
internal static class Samples
{
    private static readonly Lazy<DocumentParser> SharedParser = new(DocumentParser.CreateDefault);

    public static DocumentParser Parser => SharedParser.Value;

    public static string Folder => Existing(Path.Combine(AppContext.BaseDirectory, "samples"), "/work/shared/seeds");

    public static string ExpectedJson => Path.Combine(Existing(Path.Combine(AppContext.BaseDirectory, "seeds"), "/work/shared/seeds"), "expected.json");

    public static JsonArray ExpectedDocuments() => JsonNode.Parse(File.ReadAllText(ExpectedJson))!["documents"]!.AsArray();

    public static IEnumerable<object[]> Files() => ExpectedDocuments().Select(d => new object[] { (string)d!["file"]! });

    public static ExtractedText Read(string file) => DocumentReader.Read(file, File.ReadAllBytes(Path.Combine(Folder, file)));

    public static ParsedDocument Parse(string file) => Parser.Parse(Read(file));

    private static string Existing(string preferred, string fallback) => Directory.Exists(preferred) ? preferred : fallback;
}
