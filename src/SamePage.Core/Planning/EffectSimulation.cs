using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;
using SamePage.Core.Values;

namespace SamePage.Core.Planning;

/// <summary>
/// Monte Carlo over the model's input ranges and the measures' effect ranges together. Each trial samples every ranged input
/// not fixed by the case's overrides and every effect size from PERT (λ = 4) over low / likely / high, composes the effects
/// (absolute first, then relative) and evaluates the model. Trials run in blocks of 1,024, each with its own xoshiro256**
/// generator seeded from (seed, block), so results depend only on the seed and the number of trials.
/// </summary>
public static class EffectSimulation
{
    private const int BlockSize = 1024;

    /// <summary>Runs the simulation for one or more (case, target) pairs on the same trials.</summary>
    /// <exception cref="ValueModelEvaluationException">A trial divides by zero or is not finite.</exception>
    public static EffectSimulationResult Run(
        CompiledValueModel model,
        ValueBaselines baselines,
        IEnumerable<MeasureDefinition> measures,
        IReadOnlyList<BaselineTarget> targets,
        EffectSimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baselines);
        ArgumentNullException.ThrowIfNull(targets);
        options ??= new EffectSimulationOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Trials, 1);
        if (targets.Count == 0)
        {
            throw new ArgumentException("Give at least one case with a target npv.", nameof(targets));
        }

        var effects = EffectComposer.Compile(model, measures).SelectMany(m => m).ToArray();
        var effectSamplers = effects.Select(e => Pert.For(e.Low, e.Likely, e.High)).ToArray();
        var cases = targets.Select(t => new SimulatedCase(
            t,
            baselines.InputsOf(model, t.Baseline),
            RangedIndexes(model, baselines.OverridesOf(t.Baseline)))).ToArray();
        var inputSamplers = Enumerable.Range(0, model.Inputs.Count)
            .Select(i => model.Inputs[i] is { Low: { } low, Likely: { } likely, High: { } high } ? Pert.For(low, likely, high) : Pert.Fixed(model.LikelyInputs()[i]))
            .ToArray();

        var trials = options.Trials;
        var npv = cases.Select(_ => new double[trials]).ToArray();
        var blocks = (trials + BlockSize - 1) / BlockSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        var inputCount = model.InputNames.Count;
        try
        {
            Parallel.For(
                0,
                blocks,
                parallel,
                () => new TrialState(model.CreateWorkspace(), inputCount, effects.Length),
                (block, _, local) =>
                {
                    var random = new Xoshiro256StarStar(MonteCarloSimulation.BlockSeed(options.Seed, block), false);
                    var end = Math.Min(trials, (block + 1) * BlockSize);
                    for (var t = block * BlockSize; t < end; t++)
                    {
                        for (var i = 0; i < inputCount; i++)
                        {
                            local.Sampled[i] = inputSamplers[i].Sample(random);
                        }

                        for (var e = 0; e < effects.Length; e++)
                        {
                            local.Sizes[e] = effectSamplers[e].Sample(random);
                        }

                        for (var c = 0; c < cases.Length; c++)
                        {
                            var current = cases[c];
                            current.Fixed.CopyTo(local.Baseline, 0);
                            foreach (var i in current.Ranged)
                            {
                                local.Baseline[i] = local.Sampled[i];
                            }

                            local.Scratch.Reset();
                            for (var e = 0; e < effects.Length; e++)
                            {
                                if (effects[e].AppliesTo(current.Target.Baseline))
                                {
                                    local.Scratch.Add(effects[e], local.Sizes[e]);
                                }
                            }

                            local.Scratch.Compose(local.Baseline, local.Inputs);
                            npv[c][t] = model.EvaluateSummary(local.Inputs, local.Workspace).Npv;
                        }
                    }

                    return local;
                },
                _ => { });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<ValueModelEvaluationException>().FirstOrDefault() is { } failure)
        {
            throw failure;
        }

        var all = 0;
        for (var t = 0; t < trials; t++)
        {
            var reached = true;
            for (var c = 0; c < cases.Length && reached; c++)
            {
                reached = npv[c][t] >= cases[c].Target.TargetNpv;
            }

            if (reached)
            {
                all++;
            }
        }

        var perCase = cases.Select((c, i) => Summarize(c.Target, npv[i])).ToArray();
        return new EffectSimulationResult(trials, options.Seed, (double)all / trials, perCase);
    }

    private static TargetProbability Summarize(BaselineTarget target, double[] npv)
    {
        var above = npv.Count(v => v >= target.TargetNpv);
        var sorted = (double[])npv.Clone();
        Array.Sort(sorted);
        double Quantile(double p) => SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7);
        return new TargetProbability(target.Baseline, target.TargetNpv, (double)above / npv.Length, npv.Average(), Quantile(0.1), Quantile(0.5), Quantile(0.9));
    }

    /// <summary>Inputs with a range that the case does not fix by an override.</summary>
    private static int[] RangedIndexes(CompiledValueModel model, IReadOnlyDictionary<string, double>? overrides) =>
        [.. Enumerable.Range(0, model.Inputs.Count)
            .Where(i => model.Inputs[i] is { Low: not null, High: not null } && (overrides is null || !overrides.ContainsKey(model.InputNames[i])))];

    private sealed record SimulatedCase(BaselineTarget Target, double[] Fixed, int[] Ranged);

    private sealed class TrialState(EvaluationWorkspace workspace, int inputs, int effects)
    {
        public EvaluationWorkspace Workspace { get; } = workspace;

        public EffectScratch Scratch { get; } = new(inputs);

        public double[] Sampled { get; } = new double[inputs];

        public double[] Baseline { get; } = new double[inputs];

        public double[] Inputs { get; } = new double[inputs];

        public double[] Sizes { get; } = new double[effects];
    }

    private readonly record struct Pert(double Low, double Width, double ShapeAlpha, double ShapeBeta)
    {
        public static Pert Fixed(double value) => new(value, 0, 1, 1);

        public static Pert For(double low, double likely, double high)
        {
            var width = high - low;
            return width <= 0
                ? Fixed(likely)
                : new Pert(low, width, 1 + (4 * (likely - low) / width), 1 + (4 * (high - likely) / width));
        }

        public double Sample(Random random) =>
            Width == 0 ? Low : Low + (Width * Beta.Sample(random, ShapeAlpha, ShapeBeta));
    }
}
