using SamePage.Core.Planning;
using SamePage.Core.Values;
using SamePage.Core.Tests.Values;

namespace SamePage.Core.Tests.Planning;

/// <summary>Small models, measures and an exhaustive reference planner written independently of the engine.</summary>
internal static class PlanningFixtures
{
    public static readonly DateOnly Start = new(2027, 1, 1);

    public static MeasureEffect Factual(string input, EffectMode mode, double likely) => new(input, mode, likely, likely, likely, EffectTarget.Factual);

    public static MeasureEffect Perceived(string input, EffectMode mode, double likely) => new(input, mode, likely, likely, likely, EffectTarget.Perceived);

    public static MeasureDefinition Measure(string key, double cost, MeasureEffect[] effects, string? owner = null, string[]? dependsOn = null, string[]? excludes = null) =>
        new(key, key, "Tooling", owner, cost, 0, Start, Start, effects, dependsOn ?? [], excludes ?? []);

    /// <summary>
    /// A model where inputs interact: resale = a · b · 10 (multiplied inputs), services = c · 40, delivery cost = services · d,
    /// an investment of 500 in month 1; 12 months, 5 % a year.
    /// </summary>
    public static CompiledValueModel InteractingModel() => WorkedExample.Compile(TestModels.Model(
        [
            TestModels.Input("a", 10, low: 6, high: 14),
            TestModels.Input("b", 5, low: 3, high: 8),
            TestModels.Input("c", 20, low: 10, high: 30),
            TestModels.Input("d", 0.5, "ratio", low: 0.3, high: 0.7),
        ],
        [
            TestModels.Driver("resale", "a * b * 10", "benefit", "resale"),
            TestModels.Driver("services", "c * 40", "benefit", "services"),
            TestModels.Driver("delivery", "services * d", "cost"),
            new ModelDriver { Name = "setup", Category = "investment", Formula = "500", At = 1 },
        ],
        horizon: 12,
        discountRate: 0.05));

    /// <summary>A random planning case: 9 candidates with absolute and relative effects on shared and multiplied inputs.</summary>
    public static PlanRequest RandomCase(int seed, int candidates = 9)
    {
        var random = new Random(seed);
        var model = InteractingModel();
        string[] inputs = ["a", "b", "c", "d"];
        var measures = new List<MeasureDefinition>();
        for (var i = 0; i < candidates; i++)
        {
            var effects = new List<MeasureEffect>();
            var count = 1 + random.Next(2);
            for (var e = 0; e < count; e++)
            {
                var input = inputs[random.Next(inputs.Length)];
                var relative = random.Next(2) == 0;
                var sign = input == "d" ? -1 : 1;
                var size = relative ? sign * (0.05 + (0.25 * random.NextDouble())) : sign * (input == "d" ? 0.05 + (0.1 * random.NextDouble()) : 0.5 + (3 * random.NextDouble()));
                if (random.Next(8) == 0)
                {
                    size = -size / 2; // now and then a measure that hurts
                }

                var target = random.Next(4) == 0 ? EffectTarget.Perceived : EffectTarget.Factual;
                effects.Add(new MeasureEffect(input, relative ? EffectMode.Relative : EffectMode.Absolute, size, size, size, target));
            }

            measures.Add(Measure($"m{i}", 1000 * (1 + random.Next(20)), [.. effects]));
        }

        // One dependency and one exclusion among the candidates.
        var dependent = random.Next(candidates);
        var required = (dependent + 1 + random.Next(candidates - 1)) % candidates;
        measures[dependent] = measures[dependent] with { DependsOn = [$"m{required}"] };
        var x = random.Next(candidates);
        var y = (x + 1 + random.Next(candidates - 1)) % candidates;
        measures[x] = measures[x] with { Excludes = [$"m{y}"] };

        var baselines = new ValueBaselines(new Dictionary<string, double> { ["a"] = 9 }, new Dictionary<string, double> { ["b"] = 4 });
        var allFactual = Npv(model, baselines, BaselineKind.Factual, measures);
        var baseFactual = Npv(model, baselines, BaselineKind.Factual, []);
        var share = 0.2 + (0.7 * random.NextDouble());
        var factualTarget = baseFactual + (share * (allFactual - baseFactual));
        double? perceivedTarget = null;
        if (seed % 3 == 0)
        {
            var allPerceived = Npv(model, baselines, BaselineKind.Perceived, measures);
            var basePerceived = Npv(model, baselines, BaselineKind.Perceived, []);
            perceivedTarget = basePerceived + (0.5 * (allPerceived - basePerceived));
        }

        double? budget = seed % 4 == 1 ? 1000 * (5 + random.Next(30)) : null;
        return new PlanRequest
        {
            Model = model,
            Baselines = baselines,
            Candidates = measures,
            Budget = budget,
            Targets = new PlanTargets(factualTarget, perceivedTarget),
            Simulation = new EffectSimulationOptions { Trials = 0 },
        };
    }

    /// <summary>Npv of a case with measures applied, composing inputs in the test (not with the engine's composer).</summary>
    public static double Npv(CompiledValueModel model, ValueBaselines baselines, BaselineKind kind, IEnumerable<MeasureDefinition> measures)
    {
        var values = model.InputNames.ToDictionary(n => n, n => model.Inputs[model.InputIndex(n)].Likely!.Value);
        foreach (var (name, value) in baselines.OverridesOf(kind) ?? new Dictionary<string, double>())
        {
            values[name] = value;
        }

        var wanted = kind == BaselineKind.Perceived ? EffectTarget.Perceived : EffectTarget.Factual;
        var effects = measures.SelectMany(m => m.Effects).Where(e => e.Target == wanted).ToList();
        foreach (var name in values.Keys.ToList())
        {
            var x = values[name] + effects.Where(e => e.Input == name && e.Mode == EffectMode.Absolute).Sum(e => e.Likely);
            foreach (var e in effects.Where(e => e.Input == name && e.Mode == EffectMode.Relative))
            {
                x *= 1 + e.Likely;
            }

            values[name] = x;
        }

        return model.Evaluate(values).Npv;
    }

    /// <summary>Every allowed subset evaluated: the least cost that reaches the targets, or the least shortfall (then cost).</summary>
    public static (bool Reaches, double Cost, double Shortfall) Exhaustive(PlanRequest request)
    {
        var measures = request.Candidates;
        var reachCost = double.PositiveInfinity;
        var bestShortfall = double.PositiveInfinity;
        var bestShortfallCost = double.PositiveInfinity;
        for (var mask = 0; mask < 1 << measures.Count; mask++)
        {
            var set = Enumerable.Range(0, measures.Count).Where(i => ((mask >> i) & 1) == 1).Select(i => measures[i]).ToList();
            var keys = set.Select(m => m.Key).ToHashSet();
            if (set.Any(m => m.DependsOn.Any(d => !keys.Contains(d)) || m.Excludes.Any(keys.Contains)))
            {
                continue;
            }

            var cost = set.Sum(m => m.VendorCost);
            if (request.Budget is { } budget && cost > budget)
            {
                continue;
            }

            var shortfall = Math.Max(0, request.Targets.FactualNpv!.Value - Npv(request.Model, request.Baselines, BaselineKind.Factual, set));
            if (request.Targets.PerceivedNpv is { } perceived)
            {
                shortfall += Math.Max(0, perceived - Npv(request.Model, request.Baselines, BaselineKind.Perceived, set));
            }

            if (shortfall <= 1e-6)
            {
                reachCost = Math.Min(reachCost, cost);
            }

            if (shortfall < bestShortfall - 1e-6 || (Math.Abs(shortfall - bestShortfall) <= 1e-6 && cost < bestShortfallCost))
            {
                bestShortfall = shortfall;
                bestShortfallCost = cost;
            }
        }

        return double.IsFinite(reachCost) ? (true, reachCost, 0) : (false, bestShortfallCost, bestShortfall);
    }
}
