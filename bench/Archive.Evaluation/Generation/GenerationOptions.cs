namespace Archive.Evaluation.Generation;

/// <summary>What to generate: about <paramref name="Articles"/> articles (the last file may hold a few more), from <paramref name="Seed"/>, into a new folder.</summary>
internal sealed record GenerationOptions(int Articles, int Seed, string OutputDirectory);

internal sealed record GenerationProgress(int ArticlesDone, int ArticlesTotal);

/// <summary>What was written: the corpus folder (files/ and manifest.jsonl), its size, and how its words compare with real text's.</summary>
internal sealed record GenerationSummary(string OutputDirectory, int Files, int Articles, long Bytes, VocabularyComparison Vocabulary)
{
    public string FilesDirectory => Path.Combine(OutputDirectory, "files");
    public string ManifestPath => Path.Combine(OutputDirectory, "manifest.jsonl");
}
