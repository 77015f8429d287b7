namespace Archive.Indexer.Model;

/// <summary>
/// What checking the kept originals found: how many files and bytes were read, the originals whose file is missing
/// or holds other bytes than its hash, and files in the folder no document refers to (left by an interrupted write).
/// </summary>
internal sealed record OriginalsReport(int Checked, long Bytes, IReadOnlyList<OriginalProblem> Problems, IReadOnlyList<string> Unreferenced)
{
    public bool AllIntact => Problems.Count == 0;
}

/// <param name="Path">Where the file is (or should be) in the originals folder.</param>
internal sealed record OriginalProblem(string DocumentId, OriginalFile Original, OriginalState State, string Path);

internal enum OriginalState
{
    Intact,
    Missing,
    Damaged,
}
