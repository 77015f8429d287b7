using Archive.Indexer.Parsing;
using Archive.Evaluation.Parsing;

namespace Archive.Bench;

/// <summary>
/// `parse-eval [--corpus DIR] [--seeds DIR] [--quiet]`: parses the hand-labelled documents of corpus/real and the
/// five samples and prints, for the dev and held-out sets and the samples apart, the share of labelled fields parsed
/// exactly (per field and overall), of documents with the right article count and kind, then every mismatch.
/// </summary>
public static class ParseEvalBenchmark
{
    public static int Run(string[] args)
    {
        var real = BenchArguments.Text(args, "--corpus") ?? LabelledCorpus.FindUpwards(Environment.CurrentDirectory, "corpus/real");
        if (real is null)
        {
            Console.Error.WriteLine("corpus/real not found: run from the repository or pass --corpus DIR");
            return 2;
        }
        var documents = LabelledCorpus.Load(real).ToList();
        var seeds = BenchArguments.Text(args, "--seeds") ?? LabelledCorpus.FindUpwards(Environment.CurrentDirectory, "../shared/seeds");
        var samples = LabelledCorpus.FindUpwards(Environment.CurrentDirectory, "corpus/samples");
        if (seeds is not null && samples is not null && File.Exists(Path.Combine(seeds, "expected.json")))
            documents.AddRange(LabelledCorpus.LoadSamples(samples, Path.Combine(seeds, "expected.json")));

        var scores = ParseEvaluation.Run(DocumentParser.CreateDefault(), documents);
        foreach (var (set, score) in scores)
        {
            Console.WriteLine($"== {set}: {score.Documents} documents");
            Console.WriteLine($"  fields exact   {score.FieldAccuracy:P1} ({score.FieldsExact}/{score.FieldsTotal})");
            Console.WriteLine($"  article count  {score.ArticleCountAccuracy:P1} ({score.ArticleCountExact}/{score.Documents})");
            Console.WriteLine($"  kind           {score.KindAccuracy:P1} ({score.KindExact}/{score.KindLabelled})");
            foreach (var (field, (exact, total)) in score.Fields)
                Console.WriteLine($"    {field,-28} {(double)exact / total,7:P1} {exact,5}/{total}");
        }
        if (args.Contains("--quiet")) return 0;
        foreach (var (set, score) in scores)
        {
            Console.WriteLine($"== mismatches, {set} ({score.Mismatches.Count})");
            foreach (var m in score.Mismatches)
                Console.WriteLine($"  {m.File}  {m.Field}: expected {m.Expected}, got {m.Got}");
        }
        return 0;
    }
}
