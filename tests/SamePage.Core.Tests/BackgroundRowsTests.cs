using SamePage.Core.Actuals;

namespace SamePage.Core.Tests;

public sealed class BackgroundRowsTests
{
    [Fact]
    public void Items_arrive_complete_and_in_order_across_batches()
    {
        var items = BackgroundRows.Prefetch(Enumerable.Range(0, 10_007), batchSize: 100, capacity: 2).ToList();
        Assert.Equal(Enumerable.Range(0, 10_007), items);
    }

    [Fact]
    public void A_failing_source_fails_the_consumer_after_the_items_before_it()
    {
        var seen = new List<int>();
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new InvalidDataException("line 3 is broken");
        }
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in BackgroundRows.Prefetch(Source(), batchSize: 1))
            {
                seen.Add(item);
            }
        });
        Assert.Equal("line 3 is broken", error.Message);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_producer()
    {
        var produced = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                yield return Interlocked.Increment(ref produced);
            }
        }
        var first = BackgroundRows.Prefetch(Endless(), batchSize: 10, capacity: 2).Take(5).ToList();
        Assert.Equal([1, 2, 3, 4, 5], first);
        var after = Volatile.Read(ref produced);
        Thread.Sleep(50);
        // At most the bounded buffer (plus the batch being filled) was produced, and nothing after disposal.
        Assert.InRange(after, 5, 10 * 4);
        Assert.Equal(after, Volatile.Read(ref produced));
    }
}
