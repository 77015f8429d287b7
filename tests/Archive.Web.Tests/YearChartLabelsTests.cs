using Archive.Web.Browse;

namespace Archive.Web.Tests;

public sealed class YearChartLabelsTests
{
    private static List<string?> Labels(int from, int to)
    {
        var years = Enumerable.Range(from, to - from + 1).Select(y => y.ToString()).ToList();
        return [.. years.Select((_, i) => YearChartLabels.Label(years, i))];
    }

    [Fact]
    public void A_few_years_each_read_in_full()
    {
        Assert.Equal(["2020", "2021", "2022", "2023"], Labels(2020, 2023));
    }

    [Fact]
    public void Many_years_are_labelled_by_two_digits_on_every_few_bars_from_the_newest_so_that_they_never_run_together()
    {
        // 24 years in the sidebar's width: every two-digit label side by side read 030405060708091011…
        var labels = Labels(2003, 2026);

        Assert.Equal("26", labels[^1]);
        Assert.InRange(labels.Count(l => l is not null), 6, YearChartLabels.MaxCompactLabels);
        Assert.All(labels.Where(l => l is not null), l => Assert.Equal(2, l!.Length));
        // Labelled bars are evenly spaced.
        var at = labels.Select((l, i) => (l, i)).Where(p => p.l is not null).Select(p => p.i).ToList();
        Assert.Single(at.Zip(at.Skip(1), (a, b) => b - a).Distinct());
    }

    [Fact]
    public void Up_to_a_dozen_years_keep_a_label_each()
    {
        Assert.All(Labels(2015, 2026), l => Assert.NotNull(l));
    }
}
