using Archive.Indexer.Text.Isolation;

namespace Archive.Indexer.Tests.Text;

public class ReadWatchTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_reader_that_spends_its_budget_is_over_it_however_little_wall_time_passed()
    {
        var watch = new ReadWatch(Budget, processorTimeAtStart: S(1));

        Assert.Null(watch.Judge(S(3.9), S(1)));
        Assert.Equal(ReadStatus.OverBudget, watch.Judge(S(4), S(1.5)));
    }

    [Fact]
    public void A_reader_that_computes_slowly_on_a_busy_machine_reads_on_past_several_budgets_of_wall_time()
    {
        // A twentieth of a core: 0.15 s of processor time a wall second, 2.7 s in 18 s (six budgets) of wall time.
        var watch = new ReadWatch(Budget, processorTimeAtStart: TimeSpan.Zero);

        for (var second = 1; second <= 18; second++)
        {
            Assert.Null(watch.Judge(S(0.15 * second), S(second)));
        }
    }

    [Fact]
    public void A_reader_whose_processor_time_stops_growing_is_stuck_after_four_budgets_without_progress()
    {
        var watch = new ReadWatch(Budget, processorTimeAtStart: TimeSpan.Zero);
        Assert.Null(watch.Judge(S(1), S(5)));

        // Waiting on nothing from then on, but for the runtime's own threads' few milliseconds.
        Assert.Null(watch.Judge(S(1.01), S(16.9)));
        Assert.Equal(ReadStatus.Stuck, watch.Judge(S(1.02), S(17)));
    }

    [Fact]
    public void A_reader_that_computes_in_a_trickle_between_long_waits_is_out_of_time_at_sixteen_budgets_of_wall_time()
    {
        // 0.15 s of processor time every 10 s: progress each time, a quarter of its budget spent by the ceiling.
        var watch = new ReadWatch(Budget, processorTimeAtStart: TimeSpan.Zero);

        for (var second = 10; second < 48; second += 10)
        {
            Assert.Null(watch.Judge(S(0.015 * second), S(second)));
        }
        Assert.Equal(ReadStatus.OutOfTime, watch.Judge(S(0.72), S(48)));
    }
}
