using System.Text.Json.Nodes;
using Archive.Indexer.Parsing;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>The five sample documents (corpus/samples) and expected.json (../shared/seeds), as the build copies them beside the tests.</summary>
internal static class Samples
{
    private static readonly Lazy<DocumentParser> SharedParser = new(DocumentParser.CreateDefault);

    public static DocumentParser Parser => SharedParser.Value;

    public static string Folder => Copied("samples", "corpus/samples");

    public static string ExpectedJson => Path.Combine(Copied("seeds", "../shared/seeds, beside the repository,"), "expected.json");

    public static JsonArray ExpectedDocuments() => JsonNode.Parse(File.ReadAllText(ExpectedJson))!["documents"]!.AsArray();

    public static IEnumerable<object[]> Files() => ExpectedDocuments().Select(d => new object[] { (string)d!["file"]! });

    public static ExtractedText Read(string file) => DocumentReader.Read(file, File.ReadAllBytes(Path.Combine(Folder, file)));

    public static ParsedDocument Parse(string file) => Parser.Parse(Read(file));

    private static string Copied(string folder, string from)
    {
        var path = Path.Combine(AppContext.BaseDirectory, folder);
        return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"{path} is missing: the build copies it from {from}.");
    }
}
