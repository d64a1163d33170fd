using System.Runtime.ExceptionServices;

namespace SamePage.Core.Tests.Fuzz;

/// <summary>
/// Runs code on a thread with a 1 MB stack, smaller than a server's thread-pool threads (1.5 MB on Linux) and far
/// smaller than a test runner's, so an unbounded recursion over input overflows here as it would on the server.
/// </summary>
internal static class SmallStack
{
    public const int Bytes = 1024 * 1024;

    public static void Run(Action action)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        }, Bytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
