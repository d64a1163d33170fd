using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Distributions;
using SamePage.Core.Values;

namespace SamePage.Benchmarks.Values;

/// <summary>
/// The worked example of docs/value-model.md: one evaluation (compiled vs the naive tree-walking
/// baseline) and a Monte Carlo run of 100,000 trials. Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class ValueModelBenchmarks
{
    private CompiledValueModel _model = null!;
    private EvaluationWorkspace _workspace = null!;
    private double[] _inputs = null!;
    private NaiveValueModelInterpreter _naive = null!;
    private Dictionary<string, double> _namedInputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = ValueModelCompiler.Compile(DemoValueModels.Load(DemoValueModels.NordlichtBackupMsp)).Model!;
        _workspace = _model.CreateWorkspace();
        _inputs = _model.LikelyInputs();
        _naive = new NaiveValueModelInterpreter(_model.Document);
        _namedInputs = _model.InputNames.Zip(_inputs).ToDictionary(p => p.First, p => p.Second);
        var naiveNpv = _naive.Npv(_namedInputs);
        var npv = _model.EvaluateSummary(_inputs, _workspace).Npv;
        if (Math.Abs(naiveNpv - npv) > 1e-6)
        {
            throw new InvalidOperationException($"The baseline disagrees: {naiveNpv} vs {npv}.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive interpreter: one evaluation (npv)")]
    public double NaiveEvaluation() => _naive.Npv(_namedInputs);

    [Benchmark(Description = "Compiled: one evaluation (npv + payback)")]
    public double CompiledSummary() => _model.EvaluateSummary(_inputs, _workspace).Npv;

    [Benchmark(Description = "Compiled: one full business case")]
    public BusinessCase CompiledFullEvaluation() => _model.Evaluate(_inputs);

    [Benchmark(Description = "Monte Carlo: 100,000 trials")]
    public double MonteCarlo100k() => MonteCarloSimulation.Run(_model, 100_000, 1).P50;

    /// <summary>The naive interpreter over 10,000 PERT trials on one thread (100,000 would take too long for a short run).</summary>
    [Benchmark(Description = "Naive Monte Carlo: 10,000 trials, one thread")]
    public double NaiveMonteCarlo10k()
    {
        var random = new Random(1);
        var ranged = _model.Inputs.Where(i => i.HasRange).ToArray();
        var npv = new double[10_000];
        for (var t = 0; t < npv.Length; t++)
        {
            var inputs = new Dictionary<string, double>(_namedInputs);
            foreach (var input in ranged)
            {
                var (low, likely, high) = (input.Low!.Value, input.Likely!.Value, input.High!.Value);
                var alpha = 1 + (4 * (likely - low) / (high - low));
                var beta = 1 + (4 * (high - likely) / (high - low));
                inputs[input.Name] = low + ((high - low) * Beta.Sample(random, alpha, beta));
            }

            npv[t] = _naive.Npv(inputs);
        }

        Array.Sort(npv);
        return npv[npv.Length / 2];
    }
}
