using System.Text.Json.Nodes;

namespace Archive.Evaluation.Parsing;

/// <summary>
/// The hand-labelled development corpus (corpus/real/*/manifest.json) and the five samples (expected.json).
/// Every fifth document of each folder, by name, is held out: rules are written looking at the others only, and
/// the held-out figure tells whether they generalize. A rendering (b002.pdf) goes with its text (b002.txt).
/// A document added later names its set instead ("set": "dev", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10", "held-out-11", "held-out-12", "held-out-13", "held-out-14", "held-out-15", "held-out-16", "held-out-17", "held-out-18", "held-out-19", "held-out-20", "held-out-21", "held-out-22", "held-out-23", "held-out-24", "held-out-25", "held-out-26", "held-out-27", "held-out-28", "held-out-29", "held-out-30", "held-out-31", "held-out-32", "held-out-33" or "held-out-34"), drawn at random when it was
/// labelled: counting every fifth again would move documents between the old sets, and each later held-out batch is
/// scored apart so that its figure stays unseen by the rules written on dev.
/// </summary>
internal static class LabelledCorpus
{
    public static IReadOnlyList<LabelledDocument> Load(string realFolder)
    {
        var documents = new List<LabelledDocument>();
        foreach (var folder in Directory.GetDirectories(realFolder).Order(StringComparer.Ordinal))
        {
            var manifest = Path.Combine(folder, "manifest.json");
            if (!File.Exists(manifest)) continue;
            var entries = JsonNode.Parse(File.ReadAllText(manifest))!["documents"]!.AsArray().Select(e => e!.AsObject()).ToList();
            var stems = entries.Select(e => Stem((string)e["file"]!)).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var entry in entries)
            {
                var file = (string)entry["file"]!;
                var set = (string?)entry["set"] switch
                {
                    null => (stems.IndexOf(Stem(file)) + 1) % 5 == 0 ? EvaluationSet.HeldOut : EvaluationSet.Dev,
                    "dev" => EvaluationSet.Dev,
                    "held-out-2" => EvaluationSet.HeldOutBatch2,
                    "held-out-3" => EvaluationSet.HeldOutBatch3,
                    "held-out-4" => EvaluationSet.HeldOutBatch4,
                    "held-out-5" => EvaluationSet.HeldOutBatch5,
                    "held-out-6" => EvaluationSet.HeldOutBatch6,
                    "held-out-7" => EvaluationSet.HeldOutBatch7,
                    "held-out-8" => EvaluationSet.HeldOutBatch8,
                    "held-out-9" => EvaluationSet.HeldOutBatch9,
                    "held-out-10" => EvaluationSet.HeldOutBatch10,
                    "held-out-11" => EvaluationSet.HeldOutBatch11,
                    "held-out-12" => EvaluationSet.HeldOutBatch12,
                    "held-out-13" => EvaluationSet.HeldOutBatch13,
                    "held-out-14" => EvaluationSet.HeldOutBatch14,
                    "held-out-15" => EvaluationSet.HeldOutBatch15,
                    "held-out-16" => EvaluationSet.HeldOutBatch16,
                    "held-out-17" => EvaluationSet.HeldOutBatch17,
                    "held-out-18" => EvaluationSet.HeldOutBatch18,
                    "held-out-19" => EvaluationSet.HeldOutBatch19,
                    "held-out-20" => EvaluationSet.HeldOutBatch20,
                    "held-out-21" => EvaluationSet.HeldOutBatch21,
                    "held-out-22" => EvaluationSet.HeldOutBatch22,
                    "held-out-23" => EvaluationSet.HeldOutBatch23,
                    "held-out-24" => EvaluationSet.HeldOutBatch24,
                    "held-out-25" => EvaluationSet.HeldOutBatch25,
                    "held-out-26" => EvaluationSet.HeldOutBatch26,
                    "held-out-27" => EvaluationSet.HeldOutBatch27,
                    "held-out-28" => EvaluationSet.HeldOutBatch28,
                    "held-out-29" => EvaluationSet.HeldOutBatch29,
                    "held-out-30" => EvaluationSet.HeldOutBatch30,
                    "held-out-31" => EvaluationSet.HeldOutBatch31,
                    "held-out-32" => EvaluationSet.HeldOutBatch32,
                    "held-out-33" => EvaluationSet.HeldOutBatch33,
                    "held-out-34" => EvaluationSet.HeldOutBatch34,
                    var other => throw new InvalidDataException($"{manifest}: {file} names an unknown set \"{other}\""),
                };
                documents.Add(new LabelledDocument(set, Path.GetFileName(folder), file, Path.Combine(folder, file), entry));
            }
        }
        return documents;
    }

    /// <summary>The samples with expected.json's labels (article "stretch": true instead of a list of fields).</summary>
    public static IReadOnlyList<LabelledDocument> LoadSamples(string samplesFolder, string expectedJson) =>
        JsonNode.Parse(File.ReadAllText(expectedJson))!["documents"]!.AsArray()
            .Select(e => e!.AsObject())
            .Select(e => new LabelledDocument(EvaluationSet.Samples, "samples", (string)e["file"]!, Path.Combine(samplesFolder, (string)e["file"]!), e))
            .ToList();

    /// <summary>b002.pdf, b002.txt and b010.gb.txt -> b002, b002, b010.</summary>
    private static string Stem(string file) => file.Split('.')[0];

    /// <summary>The nearest folder named <paramref name="relative"/> at or above <paramref name="start"/>, or null.</summary>
    public static string? FindUpwards(string start, string relative)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
