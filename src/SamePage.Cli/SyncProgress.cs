namespace SamePage.Cli;

/// <summary>Reports on the calling thread (Spectre's live display is not thread-safe, and Progress&lt;T&gt; posts to the pool).</summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
