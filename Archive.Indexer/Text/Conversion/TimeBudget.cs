using System.Diagnostics;

namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// Time granted to several runs of programs on one file together: each run gets what the runs before it left, so a
/// file cannot multiply its allowance by the number of runs it causes (one run for each damaged page).
/// </summary>
internal sealed class TimeBudget(TimeSpan total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>The time left for the next run, for the work <paramref name="what"/>; when none is left, that work fails the file.</summary>
    public TimeSpan Left(string what)
    {
        var left = total - _clock.Elapsed;
        return left > TimeSpan.Zero
            ? left
            : throw new UnreadableFileException($"{what} was not started: the {total.TotalSeconds:N0} s given to a file of this size were used up");
    }
}
