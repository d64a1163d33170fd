using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace SamePage.Core.Actuals;

/// <summary>
/// Enumerates a source on a background thread and hands its items over in batches, so that producing them (reading
/// and validating a file) and consuming them (writing to the database) run on two cores. The source is enumerated
/// only by the background thread; its exception surfaces in the consumer, and a consumer that stops early stops the
/// producer. Memory stays bounded by <c>batchSize × capacity</c> items.
/// </summary>
public static class BackgroundRows
{
    public static IEnumerable<T> Prefetch<T>(IEnumerable<T> source, int batchSize = 4096, int capacity = 4)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerate(source, batchSize, capacity);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source, int batchSize, int capacity)
    {
        using var batches = new BlockingCollection<T[]>(capacity);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                var batch = new List<T>(batchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == batchSize)
                    {
                        batches.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                }
                if (batch.Count > 0)
                {
                    batches.Add([.. batch], stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
            producer.Wait();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Wait();
        }
    }
}
