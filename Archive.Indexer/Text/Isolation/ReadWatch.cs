namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// Judges a process at work on one file (a reader process, or a program a reader runs with its children) from samples
/// of its processor time: over budget once it has spent its budget; stuck once its processor time has not grown for
/// <see cref="IdleFactor"/> budgets of wall time (waiting, not computing); out of time at <see cref="CeilingFactor"/>
/// budgets of wall time, however it computed (a trickle of work between long waits). A process computing slowly on
/// a busy machine is none of these: its processor time still grows, and within the ceiling it spends its budget.
/// </summary>
internal sealed class ReadWatch
{
    /// <summary>Wall time allowed per unit of budget without progress before a process counts as stuck.</summary>
    public const int IdleFactor = 4;
    /// <summary>
    /// Wall time allowed per unit of budget in all: a machine at load 30 on 2 cores gives a process a 15th of a core,
    /// so one that needs its whole budget still ends within it.
    /// </summary>
    public const int CeilingFactor = 16;
    /// <summary>Growth that counts as work on the file: an idle process's runtime threads add a few milliseconds a minute.</summary>
    private static readonly TimeSpan Progress = TimeSpan.FromMilliseconds(100);

    private readonly TimeSpan _budget;
    private readonly TimeSpan _processorTimeAtStart;
    private TimeSpan _processorTimeAtProgress;
    private TimeSpan _wallAtProgress;

    public ReadWatch(TimeSpan budget, TimeSpan processorTimeAtStart) =>
        (_budget, _processorTimeAtStart, _processorTimeAtProgress) = (budget, processorTimeAtStart, processorTimeAtStart);

    /// <summary>The verdict on the reader's processor time now, <paramref name="wall"/> after the read began: null while it may read on.</summary>
    public ReadStatus? Judge(TimeSpan processorTime, TimeSpan wall)
    {
        if (processorTime - _processorTimeAtStart >= _budget) return ReadStatus.OverBudget;
        if (wall >= _budget * CeilingFactor) return ReadStatus.OutOfTime;
        if (processorTime - _processorTimeAtProgress >= Progress)
        {
            (_processorTimeAtProgress, _wallAtProgress) = (processorTime, wall);
            return null;
        }
        return wall - _wallAtProgress >= _budget * IdleFactor ? ReadStatus.Stuck : null;
    }

    /// <summary>What a process did to earn <paramref name="verdict"/>, for messages ("made no progress for 12 s").</summary>
    public static string Described(ReadStatus verdict, TimeSpan budget) => verdict switch
    {
        ReadStatus.OverBudget => $"spent its budget of processor time ({budget.TotalSeconds:0.#} s)",
        ReadStatus.Stuck => $"made no progress for {(budget * IdleFactor).TotalSeconds:0.#} s",
        ReadStatus.OutOfTime => $"did not finish within {(budget * CeilingFactor).TotalSeconds:0.#} s of wall time",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "no verdict of the watch"),
    };
}
