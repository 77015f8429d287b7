namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// Judges a reader at work on one file from samples of its processor time: over budget once it has spent its budget;
/// stuck once its processor time has not grown for <see cref="IdleFactor"/> budgets of wall time (waiting, not
/// computing). A reader computing slowly on a busy machine is neither: its processor time still grows.
/// </summary>
internal sealed class ReadWatch
{
    /// <summary>Wall time allowed per unit of budget without progress before a reader counts as stuck.</summary>
    public const int IdleFactor = 4;
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
        if (processorTime - _processorTimeAtProgress >= Progress)
        {
            (_processorTimeAtProgress, _wallAtProgress) = (processorTime, wall);
            return null;
        }
        return wall - _wallAtProgress >= _budget * IdleFactor ? ReadStatus.Stuck : null;
    }
}
