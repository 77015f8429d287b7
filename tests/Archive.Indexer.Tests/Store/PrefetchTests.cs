using Archive.Indexer.Store;

namespace Archive.Indexer.Tests.Store;

public sealed class PrefetchTests
{
    [Fact]
    public void Every_item_arrives_in_order() =>
        Assert.Equal(Enumerable.Range(0, 1000), Prefetch.Ahead(Enumerable.Range(0, 1000), ahead: 2));

    [Fact]
    public void A_failure_of_the_source_reaches_the_caller()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            throw new InvalidDataException("broken row");
        }

        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() => seen.AddRange(Prefetch.Ahead(Failing(), ahead: 2)));
        Assert.Equal("broken row", error.Message);
        Assert.Equal([1], seen);
    }

    [Fact]
    public void Leaving_early_stops_the_reading()
    {
        var read = 0;
        IEnumerable<int> Endless()
        {
            while (true) yield return Interlocked.Increment(ref read);
        }

        Assert.Equal([1, 2, 3], Prefetch.Ahead(Endless(), ahead: 2).Take(3));
        Assert.InRange(read, 3, 6);
    }
}
