using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace SamePage.Core.Tests.Fuzz;

/// <summary>
/// Runs one FsCheck property in rounds until its time budget is spent, and reports the executions.
/// The budget comes from SAMEPAGE_FUZZ_SECONDS (seconds per target; test.sh sets it for CI) and is 3 s otherwise,
/// so a plain test run stays quick. Each round runs on a <see cref="SmallStack"/> thread. A failing input is shrunk by FsCheck and fails the test with it.
/// </summary>
internal static class FuzzRun
{
    private static readonly object s_logLock = new();

    public static long ForAll<T>(string target, Gen<T> inputs, Action<T> property)
    {
        var budget = TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("SAMEPAGE_FUZZ_SECONDS"), out var s) ? s : 3);
        var clock = Stopwatch.StartNew();
        long executions = 0;
        do
        {
            SmallStack.Run(() =>
            {
                // FsCheck draws a new seed each round and prints it with a shrunk failing input, so a finding can be replayed.
                var config = Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);
                Prop.ForAll(inputs.ToArbitrary(), (T input) =>
                {
                    Interlocked.Increment(ref executions);
                    property(input);
                }).Check(config);
            });
        }
        while (clock.Elapsed < budget);

        Report($"{target}: {executions:N0} executions in {clock.Elapsed.TotalSeconds:N1} s, 0 findings");
        return executions;
    }

    private static void Report(string line)
    {
        if (Environment.GetEnvironmentVariable("SAMEPAGE_TEST_RESULTS") is { Length: > 0 } folder)
        {
            lock (s_logLock)
            {
                File.AppendAllLines(Path.Combine(folder, "fuzz.log"), [line]);
            }
        }
    }
}
