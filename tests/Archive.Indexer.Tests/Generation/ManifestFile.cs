using System.Text.Json;
using Archive.Evaluation.Generation;

namespace Archive.Indexer.Tests.Generation;

internal static class ManifestFile
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static List<ManifestEntry> Read(string path) =>
        File.ReadLines(path).Select(line => JsonSerializer.Deserialize<ManifestEntry>(line, Json)!).ToList();
}
