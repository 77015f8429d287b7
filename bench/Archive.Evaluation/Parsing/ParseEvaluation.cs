using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Indexer.Text;
using Archive.Indexer.Parsing;

namespace Archive.Evaluation.Parsing;

/// <summary>One field the parser got wrong: where, what the label says, what came out.</summary>
internal sealed record Mismatch(string File, string Field, string Expected, string Got);

/// <summary>The figures of one evaluation set: per field, article counts, kinds, every mismatch.</summary>
internal sealed class SetScore
{
    private readonly SortedDictionary<string, (int Exact, int Total)> _fields = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (int Exact, int Total)> Fields => _fields;
    public List<Mismatch> Mismatches { get; } = [];
    public int Documents { get; internal set; }
    public int ArticleCountExact { get; internal set; }
    public int KindLabelled { get; internal set; }
    public int KindExact { get; internal set; }

    public int FieldsExact => _fields.Values.Sum(v => v.Exact);
    public int FieldsTotal => _fields.Values.Sum(v => v.Total);
    public double FieldAccuracy => FieldsTotal == 0 ? 1 : (double)FieldsExact / FieldsTotal;
    public double ArticleCountAccuracy => Documents == 0 ? 1 : (double)ArticleCountExact / Documents;
    public double KindAccuracy => KindLabelled == 0 ? 1 : (double)KindExact / KindLabelled;

    internal void Count(string field, bool exact)
    {
        var (e, t) = _fields.GetValueOrDefault(field);
        _fields[field] = (e + (exact ? 1 : 0), t + 1);
    }
}

/// <summary>
/// Runs the parser over labelled documents and compares what `archive parse --json` prints with the labels, field
/// by field. A stretch field may come out null but never wrong. body_start/body_end are the first and last characters
/// of the body (white space ignored). Articles are paired by title or opening, in order.
/// </summary>
internal static class ParseEvaluation
{
    /// <summary>Manifest keys that describe the file rather than label a field of the parse.</summary>
    private static readonly HashSet<string> NotFields =
    [
        "file", "source", "composed", "article_sources", "stretch", "truncated", "notes", "traditional", "encoding",
        "rendering_of", "composed_html", "line_endings", "articles", "set",
    ];

    public static IReadOnlyDictionary<EvaluationSet, SetScore> Run(DocumentParser parser, IEnumerable<LabelledDocument> documents)
    {
        var scores = new SortedDictionary<EvaluationSet, SetScore>();
        foreach (var document in documents)
        {
            if (!scores.TryGetValue(document.Set, out var score)) scores[document.Set] = score = new SetScore();
            JsonObject actual;
            try
            {
                var parsed = parser.Parse(DocumentReader.Read(document.File, File.ReadAllBytes(document.Path)));
                actual = JsonNode.Parse(JsonSerializer.Serialize(parsed, ParsedDocumentJson.Options))!.AsObject();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A crash is a finding, not the end of the run: the document scores as if nothing was read.
                score.Mismatches.Add(new Mismatch(document.File, "exception", "none", $"{e.GetType().Name}: {e.Message}"));
                actual = new JsonObject { ["articles"] = new JsonArray() };
            }
            Score(document, actual, score);
        }
        return scores;
    }

    /// <summary>Compares one parse (as JSON) with its labels and adds the outcome to <paramref name="score"/>.</summary>
    public static void Score(LabelledDocument document, JsonObject actual, SetScore score)
    {
        score.Documents++;
        foreach (var (name, expected) in document.Labels)
        {
            if (NotFields.Contains(name)) continue;
            var exact = Compare(document, name, name, expected, actual[name], document.IsStretch(name), score);
            if (name == "kind")
            {
                score.KindLabelled++;
                if (exact) score.KindExact++;
            }
        }

        var expectedArticles = document.Labels["articles"]?.AsArray().Select(a => a!.AsObject()).ToList() ?? [];
        var actualArticles = actual["articles"]!.AsArray().Select(a => a!.AsObject()).ToList();
        if (expectedArticles.Count == actualArticles.Count) score.ArticleCountExact++;
        else score.Mismatches.Add(new Mismatch(document.File, "article count", expectedArticles.Count.ToString(),
            $"{actualArticles.Count}: {string.Join(" | ", actualArticles.Select(a => Show(a["title"])))}"));

        var pairs = Pair(expectedArticles, actualArticles);
        for (var i = 0; i < expectedArticles.Count; i++)
        {
            var want = expectedArticles[i];
            var got = pairs[i] is { } index ? actualArticles[index] : null;
            var wholeStretch = want["stretch"] is JsonValue flag && flag.GetValue<bool>();
            foreach (var (name, expected) in want)
            {
                if (name == "stretch") continue;
                var edge = name is "body_start" or "body_end";
                var value = got is null ? null : edge ? BodyEdge(got, expected, fromStart: name == "body_start") : got[name];
                var path = $"articles[{i}].{name}";
                Compare(document, "articles." + name, path, edge ? CompactLabel(expected) : expected, value, wholeStretch || document.IsStretch(path), score);
            }
        }
    }

    private static bool Compare(LabelledDocument document, string field, string path, JsonNode? expected, JsonNode? actual, bool stretch,
        SetScore score)
    {
        var exact = IsEmpty(expected) ? IsEmpty(actual)
            : stretch && IsEmpty(actual) || Same(expected!, actual);
        score.Count(field, exact);
        if (!exact) score.Mismatches.Add(new Mismatch(document.File, path, Show(expected), Show(actual)));
        return exact;
    }

    private static bool Same(JsonNode expected, JsonNode? actual)
    {
        if (actual is null) return false;
        // Authors are a set: the order a byline lists them in is kept, but a label need not repeat it.
        if (expected is JsonArray list && actual is JsonArray got)
            return list.Select(n => n!.ToJsonString()).Order().SequenceEqual(got.Select(n => n!.ToJsonString()).Order());
        return JsonNode.DeepEquals(expected, actual);
    }

    private static JsonNode? CompactLabel(JsonNode? label) => label is JsonValue v && v.TryGetValue<string>(out var s) ? JsonValue.Create(Punctuation.Compact(s)) : label;

    private static bool IsEmpty(JsonNode? node) => node is null || node is JsonArray { Count: 0 } || node is JsonObject { Count: 0 };

    /// <summary>As many characters of the body's start (end) as the label holds, white space ignored on both sides.</summary>
    private static JsonNode? BodyEdge(JsonObject article, JsonNode? label, bool fromStart)
    {
        var body = Punctuation.Compact((string?)article["body"] ?? "");
        var length = Math.Min(body.Length, Punctuation.Compact((string?)label ?? "").Length);
        return body.Length == 0 ? null : fromStart ? body[..length] : body[^length..];
    }

    /// <summary>For each expected article, the index of the parsed one it is compared with, or null.</summary>
    private static int?[] Pair(List<JsonObject> expected, List<JsonObject> actual)
    {
        var pairs = new int?[expected.Count];
        var next = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            var title = Key(expected[i]["title"]);
            var start = Key(expected[i]["body_start"]);
            for (var j = next; j < actual.Count; j++)
            {
                var body = Key(actual[j]["body"]);
                if (title.Length > 0 && Key(actual[j]["title"]) == title || start.Length > 0 && body.StartsWith(start, StringComparison.Ordinal))
                {
                    pairs[i] = j;
                    next = j + 1;
                    break;
                }
            }
        }
        // Where nothing matched, the article in the same position stands in when the counts agree.
        if (expected.Count == actual.Count)
            for (var i = 0; i < expected.Count; i++)
                if (pairs[i] is null && !pairs.Contains(i)) pairs[i] = i;
        return pairs;
    }

    private static string Key(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? Punctuation.Compact(s) : "";

    private static readonly JsonSerializerOptions OneLine = new(ParsedDocumentJson.Options) { WriteIndented = false };

    private static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString(OneLine);
}
