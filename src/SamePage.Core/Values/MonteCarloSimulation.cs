using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace SamePage.Core.Values;

/// <summary>
/// Monte Carlo over the inputs with a range, each following PERT (λ = 4) scaled Beta(α, β) with
/// α = 1 + 4(likely − low)/(high − low), β = 1 + 4(high − likely)/(high − low); other inputs stay fixed.
/// Trials run in fixed blocks, each with its own generator seeded from (seed, block), so the result is
/// the same for the same seed whatever the number of threads or their timing.
/// </summary>
public static class MonteCarloSimulation
{
    private const int BlockSize = 1024;

    /// <summary>Runs the simulation; the target defaults to the model's target npv.</summary>
    public static MonteCarloResult Run(CompiledValueModel model, int trials = 20_000, int seed = 1, double? targetNpv = null) =>
        Run(model, new MonteCarloOptions { Trials = trials, Seed = seed, TargetNpv = targetNpv });

    /// <summary>Runs the simulation with overrides, outside ranges and histogram settings.</summary>
    /// <exception cref="ValueModelEvaluationException">A trial divides by zero or is not finite.</exception>
    public static MonteCarloResult Run(CompiledValueModel model, MonteCarloOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Trials, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HistogramBins, 1);

        var baseline = options.Overrides is null ? model.LikelyInputs() : model.InputsWith(options.Overrides);
        var varying = RangedInputs.Resolve(model, options.Ranges)
            .Where(r => options.Overrides is null || !options.Overrides.ContainsKey(model.InputNames[r.Index]))
            .Select(r => PertSampler.For(r.Index, r.Range))
            .ToArray();

        var trials = options.Trials;
        var npv = new double[trials];
        var payback = new int[trials];
        var blocks = (trials + BlockSize - 1) / BlockSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        try
        {
            Parallel.For(
                0,
                blocks,
                parallel,
                () => (Workspace: model.CreateWorkspace(), Inputs: new double[baseline.Length]),
                (block, _, local) =>
                {
                    var random = new Xoshiro256StarStar(BlockSeed(options.Seed, block), false);
                    var end = Math.Min(trials, (block + 1) * BlockSize);
                    for (var t = block * BlockSize; t < end; t++)
                    {
                        baseline.CopyTo(local.Inputs, 0);
                        foreach (var sampler in varying)
                        {
                            local.Inputs[sampler.Index] = sampler.Sample(random);
                        }

                        var summary = model.EvaluateSummary(local.Inputs, local.Workspace);
                        npv[t] = summary.Npv;
                        payback[t] = summary.PaybackMonth ?? int.MaxValue;
                    }

                    return local;
                },
                _ => { });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<ValueModelEvaluationException>().FirstOrDefault() is { } failure)
        {
            throw failure;
        }

        return Summarize(npv, payback, options.OnlyGivenTarget ? options.TargetNpv : options.TargetNpv ?? model.TargetNpv, options);
    }

    private static MonteCarloResult Summarize(double[] npv, int[] payback, double? target, MonteCarloOptions options)
    {
        var trials = npv.Length;
        var mean = 0.0;
        var above = 0;
        foreach (var v in npv)
        {
            mean += v;
            if (target is { } t && v >= t)
            {
                above++;
            }
        }

        mean /= trials;
        var sorted = (double[])npv.Clone();
        Array.Sort(sorted);
        double Quantile(double p) => SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7);

        Array.Sort(payback);
        int? PaybackQuantile(double p)
        {
            // Nearest rank: the smallest month reached by at least p of the trials.
            var month = payback[Math.Max(0, (int)Math.Ceiling(p * trials) - 1)];
            return month == int.MaxValue ? null : month;
        }

        var never = payback.Count(m => m == int.MaxValue);
        return new MonteCarloResult(
            trials,
            options.Seed,
            Quantile(0.1),
            Quantile(0.5),
            Quantile(0.9),
            mean,
            target,
            target is null ? null : (double)above / trials,
            new PaybackDistribution(PaybackQuantile(0.1), PaybackQuantile(0.5), PaybackQuantile(0.9), (double)never / trials),
            Histogram(sorted, options.HistogramBins));
    }

    private static List<HistogramBin> Histogram(double[] sorted, int bins)
    {
        var min = sorted[0];
        var max = sorted[^1];
        if (max <= min)
        {
            return [new HistogramBin(min, max, sorted.Length)];
        }

        var width = (max - min) / bins;
        var counts = new int[bins];
        foreach (var v in sorted)
        {
            counts[Math.Min(bins - 1, (int)((v - min) / width))]++;
        }

        return [.. counts.Select((c, i) => new HistogramBin(min + (i * width), i == bins - 1 ? max : min + ((i + 1) * width), c))];
    }

    /// <summary>Mixes seed and block (SplitMix64 finaliser) so neighbouring blocks get unrelated streams.</summary>
    internal static int BlockSeed(int seed, int block)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ (ulong)(uint)block;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z ^ (z >> 32));
        }
    }

    private readonly record struct PertSampler(int Index, double Low, double Width, double ShapeAlpha, double ShapeBeta)
    {
        public static PertSampler For(int index, InputRange range)
        {
            var width = range.High - range.Low;
            if (width <= 0)
            {
                return new PertSampler(index, range.Likely, 0, 1, 1);
            }

            return new PertSampler(index, range.Low, width,
                1 + (4 * (range.Likely - range.Low) / width),
                1 + (4 * (range.High - range.Likely) / width));
        }

        public double Sample(Random random) =>
            Width == 0 ? Low : Low + (Width * Beta.Sample(random, ShapeAlpha, ShapeBeta));
    }
}
