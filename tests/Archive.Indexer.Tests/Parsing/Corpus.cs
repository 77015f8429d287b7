using Archive.Evaluation.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>The hand-labelled development corpus (corpus/real) as the repository holds it.</summary>
internal static class Corpus
{
    private static readonly Lazy<IReadOnlyList<LabelledDocument>> Documents = new(() =>
        LabelledCorpus.Load(LabelledCorpus.FindUpwards(AppContext.BaseDirectory, "corpus/real")
                            ?? throw new DirectoryNotFoundException("corpus/real not found above the test assembly")));

    public static IReadOnlyList<LabelledDocument> All => Documents.Value;

    public static IEnumerable<object[]> Files() => All.Select(d => new object[] { $"{d.Folder}/{d.File}" });

    public static LabelledDocument Find(string folderAndFile) => All.Single(d => $"{d.Folder}/{d.File}" == folderAndFile);
}
