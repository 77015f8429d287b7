namespace Archive.Indexer.Model;

/// <summary>The problems of one request as they are said: the first few, the last of them counting the rest.</summary>
internal static class FieldProblems
{
    /// <summary>
    /// The most said of one request: a search link of 10,000 unknown parameters got a note each (3 MB of warnings from the
    /// API, 1.7 MB on the page), and a correction of 5,000 unknown fields (60 KB) a 3.7 MB answer.
    /// </summary>
    public const int MaxSaid = 20;

    /// <summary>The first problems, and one for the rest (under the field of the first unsaid) saying how many there are.</summary>
    public static List<FieldProblem> Said(List<FieldProblem> problems)
    {
        if (problems.Count <= MaxSaid) return problems;
        var unsaid = problems.Count - MaxSaid + 1;
        return [.. problems.Take(MaxSaid - 1),
            new(problems[MaxSaid - 1].Field, $"{unsaid:N0} more problems are not listed.", $"另有 {unsaid:N0} 处问题未列出。")];
    }
}
