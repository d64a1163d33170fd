using BenchmarkDotNet.Attributes;
using SamePage.Core.Planning;
using SamePage.Core.Values;

namespace SamePage.Benchmarks.Planning;

/// <summary>
/// The target planner on 200 candidate measures for the Nordlicht Backup MSP demo model (variants of the demo measures with
/// scaled effects and costs, some dependencies and exclusions), against the greedy baseline. Not sealed: BenchmarkDotNet
/// derives from it.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private PlanRequest _request = null!;

    [GlobalSetup]
    public void Setup() => _request = Candidates200();

    [Benchmark(Baseline = true, Description = "Greedy: 200 candidates")]
    public double Greedy() => GreedyPlanner.Plan(_request).Cost;

    [Benchmark(Description = "CP-SAT planner: 200 candidates")]
    public double Planner() => TargetPlanner.Plan(_request).Cost;

    /// <summary>200 variants of the Backup demo measures; factual and perceived targets well above the demo cases.</summary>
    public static PlanRequest Candidates200(int count = 200, int seed = 42)
    {
        const string name = DemoValueModels.NordlichtBackupMsp;
        var model = ValueModelCompiler.Compile(DemoValueModels.Load(name)).Model!;
        var demo = DemoMeasures.For(name);
        var random = new Random(seed);
        var measures = new List<MeasureDefinition>();
        for (var i = 0; i < count; i++)
        {
            var template = demo[i % demo.Count];
            var scale = 0.1 + (0.4 * random.NextDouble());
            var price = 0.2 + (0.6 * random.NextDouble());
            measures.Add(template with
            {
                Key = $"c{i}",
                Name = $"{template.Name} (variant {i})",
                CostOneOff = Math.Round(template.CostOneOff * price),
                CostPerMonth = Math.Round(template.CostPerMonth * price),
                Effects = [.. template.Effects.Select(e => e with { Low = e.Low * scale, Likely = e.Likely * scale, High = e.High * scale })],
                DependsOn = i > 10 && random.Next(12) == 0 ? [$"c{random.Next(i)}"] : [],
                Excludes = i > 10 && random.Next(12) == 0 ? [$"c{random.Next(i)}"] : [],
            });
        }

        var baselines = DemoMeasures.Baselines(name);
        return new PlanRequest
        {
            Model = model,
            Baselines = baselines,
            Candidates = measures,
            Targets = new PlanTargets(220_000, 140_000),
            Simulation = new EffectSimulationOptions { Trials = 2_000 },
        };
    }
}
