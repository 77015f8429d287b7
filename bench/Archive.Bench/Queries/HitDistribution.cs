namespace Archive.Bench.Queries;

/// <summary>
/// How many searches of a mix found nothing, 1-10, 11-1,000 or more hits; and whether more than 5% found nothing
/// without being meant to (then the mix measures empty answers, which cost next to nothing, and the run fails).
/// </summary>
internal sealed class HitDistribution
{
    public const double MaxUnintendedZeroShare = 0.05;

    private readonly long[] _buckets = new long[4];

    public long Searches { get; private set; }

    public long UnintendedZeros { get; private set; }

    public long MeantToMatchNothing { get; private set; }

    public void Add(long hits, bool meantToMatchNothing)
    {
        Searches++;
        _buckets[hits == 0 ? 0 : hits <= 10 ? 1 : hits <= 1000 ? 2 : 3]++;
        if (meantToMatchNothing) MeantToMatchNothing++;
        else if (hits == 0) UnintendedZeros++;
    }

    public bool TooManyUnintendedZeros => Searches > 0 && UnintendedZeros > MaxUnintendedZeroShare * Searches;

    public override string ToString()
    {
        string Share(long n) => $"{n:N0} ({100.0 * n / Math.Max(1, Searches):F1}%)";
        return $"hits per search over {Searches:N0} searches: 0 {Share(_buckets[0])} ({MeantToMatchNothing:N0} meant to), 1-10 {Share(_buckets[1])}, " +
               $"11-1,000 {Share(_buckets[2])}, more {Share(_buckets[3])}; unintended zero-hit {Share(UnintendedZeros)} (limit {MaxUnintendedZeroShare:P0})";
    }
}
