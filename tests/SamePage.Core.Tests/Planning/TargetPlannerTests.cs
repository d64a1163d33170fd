using System.Diagnostics;
using SamePage.Core.Planning;
using static SamePage.Core.Tests.Planning.PlanningFixtures;

namespace SamePage.Core.Tests.Planning;

public sealed class TargetPlannerTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 24; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Small_cases_match_the_exhaustive_optimum(int seed)
    {
        var request = RandomCase(seed);
        var expected = Exhaustive(request);

        var plan = TargetPlanner.Plan(request);

        Assert.Equal(expected.Reaches, plan.ReachesTarget);
        Assert.Equal(expected.Cost, plan.Cost, 6);
        Assert.Equal(expected.Shortfall, plan.Shortfall, 3);
        Assert.True(request.Budget is null || plan.Cost <= request.Budget);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Chosen_sets_honour_dependencies_exclusions_and_are_verified_by_the_full_model(int seed)
    {
        var request = RandomCase(seed);

        var plan = TargetPlanner.Plan(request);

        var chosen = plan.Measures.Select(m => m.Key).ToHashSet();
        var definitions = request.Candidates.Where(c => chosen.Contains(c.Key)).ToList();
        Assert.All(definitions, m => Assert.All(m.DependsOn, d => Assert.Contains(d, chosen)));
        Assert.All(definitions, m => Assert.DoesNotContain(m.Excludes, chosen.Contains));
        Assert.Equal(definitions.Sum(m => m.VendorCost), plan.Cost, 6);
        Assert.Equal(Npv(request.Model, request.Baselines, BaselineKind.Factual, definitions), plan.Npv.Factual, 6);
        Assert.Equal(Npv(request.Model, request.Baselines, BaselineKind.Perceived, definitions), plan.Npv.Perceived, 6);
        Assert.Equal(Npv(request.Model, request.Baselines, BaselineKind.Planned, definitions), plan.Npv.Planned, 6);
        Assert.Equal(Npv(request.Model, request.Baselines, BaselineKind.Factual, []), plan.Npv.BaselineFactual, 6);
    }

    [Fact]
    public void Picks_the_cheapest_set_by_hand()
    {
        // npv = 12 · (a·b·10 + c·40 − c·40·d) − 500 at 0 % discount. Baseline a=10, b=5, c=20, d=0.5: 12·(500 + 400) − 500 = 10,300.
        var model = WorkedExampleModel();
        var measures = new[]
        {
            Measure("big", 9000, [Factual("a", EffectMode.Absolute, 5)]),        // +12·250 = +3,000
            Measure("half1", 4000, [Factual("b", EffectMode.Absolute, 1)]),      // +12·100 = +1,200
            Measure("half2", 4000, [Factual("c", EffectMode.Absolute, 10)]),     // +12·200 = +2,400
            Measure("useless", 100, [Factual("c", EffectMode.Absolute, 0)]),
        };
        var request = new PlanRequest
        {
            Model = model,
            Candidates = measures,
            Targets = new PlanTargets(10_300 + 3_500),
            Simulation = new EffectSimulationOptions { Trials = 0 },
        };

        var plan = TargetPlanner.Plan(request);

        // half1 + half2 = 3,600 ≥ 3,500 for 8,000; big alone (3,000) is short and dearer.
        Assert.True(plan.ReachesTarget);
        Assert.Equal(8000, plan.Cost);
        Assert.Equal(["half2", "half1"], plan.Measures.Select(m => m.Key));
        Assert.Equal(10_300 + 3_600, plan.Npv.Factual, 6);
        Assert.Equal(2_400, plan.Measures[0].DeltaNpvFactual, 6);
        Assert.Equal(0, plan.Shortfall);
    }

    [Fact]
    public void Interactions_are_found_by_verification_and_not_by_adding_solo_gains()
    {
        // a +5 alone adds 12·(15·5 − 10·5)·10 = 3,000, b +5 alone 12·(10·10 − 10·5)·10 = 6,000; together 12·(15·10 − 50)·10 = 12,000.
        var model = WorkedExampleModel();
        var measures = new[]
        {
            Measure("a5", 5000, [Factual("a", EffectMode.Absolute, 5)]),
            Measure("b5", 5000, [Factual("b", EffectMode.Absolute, 5)]),
            Measure("c", 9000, [Factual("c", EffectMode.Absolute, 100)]),        // +12·2,000 = 24,000 alone
        };
        var request = new PlanRequest
        {
            Model = model,
            Candidates = measures,
            Targets = new PlanTargets(10_300 + 10_000),
            Simulation = new EffectSimulationOptions { Trials = 0 },
        };

        var plan = TargetPlanner.Plan(request);

        // c (9,000) is cheaper than a5 + b5 (10,000).
        Assert.Equal(["c"], plan.Measures.Select(m => m.Key));

        // With c dearer, a5 + b5 is the answer although their solo gains add up to only 9,000 < 10,000.
        var cheaper = TargetPlanner.Plan(request with { Candidates = [measures[0], measures[1], measures[2] with { CostOneOff = 11_000 }] });
        Assert.Equal(10_000, cheaper.Cost);
        Assert.Equal(10_300 + 12_000, cheaper.Npv.Factual, 6);
    }

    [Fact]
    public void Without_a_reachable_target_returns_the_closest_set_within_the_budget_and_says_so()
    {
        var model = WorkedExampleModel();
        var measures = new[]
        {
            Measure("a", 5000, [Factual("a", EffectMode.Absolute, 5)]),   // +3,000
            Measure("b", 5000, [Factual("b", EffectMode.Absolute, 1)]),   // +1,200
            Measure("c", 7000, [Factual("c", EffectMode.Absolute, 10)]),  // +2,400
        };
        var request = new PlanRequest
        {
            Model = model,
            Candidates = measures,
            Budget = 10_000,
            Targets = new PlanTargets(10_300 + 20_000),
            Simulation = new EffectSimulationOptions { Trials = 0 },
        };

        var plan = TargetPlanner.Plan(request);

        // Within 10,000: a + b = 4,200 (a + c would cost 12,000). a·b interact: 12·(15·6 − 50)·10 = 4,800.
        Assert.False(plan.ReachesTarget);
        Assert.Equal(10_000, plan.Cost);
        Assert.Equal(20_000 - 4_800, plan.Shortfall, 6);
        Assert.Contains(plan.Notes, n => n.Contains("closest", StringComparison.Ordinal));
    }

    [Fact]
    public void Dependencies_and_exclusions_change_the_answer()
    {
        var model = WorkedExampleModel();
        var request = new PlanRequest
        {
            Model = model,
            Candidates =
            [
                Measure("cheap", 1000, [Factual("c", EffectMode.Absolute, 20)], dependsOn: ["base"]),   // +4,800
                Measure("base", 3000, [Factual("b", EffectMode.Absolute, 0)]),
                Measure("alt", 3500, [Factual("c", EffectMode.Absolute, 20)]),
                Measure("blocked", 100, [Factual("c", EffectMode.Absolute, 20)], dependsOn: ["missing"]),
            ],
            Targets = new PlanTargets(10_300 + 4_000),
            Simulation = new EffectSimulationOptions { Trials = 0 },
        };

        var plan = TargetPlanner.Plan(request);
        Assert.Equal(["alt"], plan.Measures.Select(m => m.Key)); // cheap needs base: 4,000 > 3,500
        Assert.Contains(plan.Notes, n => n.Contains("'missing'", StringComparison.Ordinal));

        var withBase = request with
        {
            Candidates = [request.Candidates[0], request.Candidates[1] with { CostOneOff = 2000 }, request.Candidates[2]],
        };
        Assert.Equal(["cheap", "base"], TargetPlanner.Plan(withBase).Measures.Select(m => m.Key));

        var excluded = withBase with
        {
            Candidates = [withBase.Candidates[0] with { Excludes = ["base"] }, withBase.Candidates[1], withBase.Candidates[2]],
        };
        Assert.Equal(["alt"], TargetPlanner.Plan(excluded).Measures.Select(m => m.Key));
    }

    [Fact]
    public void A_perceived_target_is_met_by_perceived_effects_only()
    {
        var model = WorkedExampleModel();
        var request = new PlanRequest
        {
            Model = model,
            Candidates =
            [
                Measure("margin", 1000, [Factual("b", EffectMode.Absolute, 1)]),
                Measure("story", 2000, [Perceived("b", EffectMode.Absolute, 1)]),
            ],
            Targets = new PlanTargets(null, 10_300 + 1_000),
            Simulation = new EffectSimulationOptions { Trials = 0 },
        };

        var plan = TargetPlanner.Plan(request);

        Assert.Equal(["story"], plan.Measures.Select(m => m.Key));
        Assert.Equal(10_300 + 1_200, plan.Npv.Perceived, 6);
        Assert.Equal(10_300, plan.Npv.Factual, 6);
    }

    [Fact]
    public void An_effect_on_an_unknown_input_names_the_measure_and_the_input()
    {
        var request = new PlanRequest
        {
            Model = WorkedExampleModel(),
            Candidates = [Measure("typo", 1000, [Factual("seatPrise", EffectMode.Absolute, 1)])],
            Targets = new PlanTargets(20_000),
        };

        var error = Assert.Throws<ArgumentException>(() => TargetPlanner.Plan(request));
        Assert.Contains("'typo'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'seatPrise'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hundred_candidates_answer_quickly_and_never_cost_more_than_greedy()
    {
        var request = LargeCase(200, seed: 7);
        var watch = Stopwatch.StartNew();
        var plan = TargetPlanner.Plan(request);
        watch.Stop();
        var greedy = GreedyPlanner.Plan(request);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(plan.ReachesTarget);
        Assert.True(greedy.ReachesTarget);
        Assert.True(plan.Cost <= greedy.Cost + 1e-6, $"planner {plan.Cost} > greedy {greedy.Cost}");
        var chosen = request.Candidates.Where(c => plan.Measures.Any(m => m.Key == c.Key)).ToList();
        Assert.True(Npv(request.Model, request.Baselines, BaselineKind.Factual, chosen) >= request.Targets.FactualNpv);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Larger_cases_never_cost_more_than_greedy(int seed)
    {
        var request = LargeCase(60, seed);

        var plan = TargetPlanner.Plan(request);
        var greedy = GreedyPlanner.Plan(request);

        Assert.True(greedy.ReachesTarget);
        Assert.True(plan.ReachesTarget);
        Assert.True(plan.Cost <= greedy.Cost + 1e-6, $"planner {plan.Cost} > greedy {greedy.Cost}");
    }

    [Fact]
    public void Greedy_adds_the_best_gain_per_euro_until_the_target_holds()
    {
        var model = WorkedExampleModel();
        var request = new PlanRequest
        {
            Model = model,
            Candidates =
            [
                Measure("a", 6000, [Factual("a", EffectMode.Absolute, 5)]),   // +3,000: 0.5 per euro
                Measure("b", 1000, [Factual("b", EffectMode.Absolute, 1)]),   // +1,200: 1.2 per euro
                Measure("c", 4000, [Factual("c", EffectMode.Absolute, 10)]),  // +2,400: 0.6 per euro
            ],
            Targets = new PlanTargets(10_300 + 3_500),
            Simulation = new EffectSimulationOptions { Trials = 0 },
        };

        var greedy = GreedyPlanner.Plan(request);
        var plan = TargetPlanner.Plan(request);

        // Greedy: b (1.2/€), then c (0.6/€): 3,600 for 5,000. The optimum is the same here.
        Assert.Equal(["b", "c"], greedy.Measures.Select(m => m.Key).Order());
        Assert.Equal(5000, greedy.Cost);
        Assert.Equal(5000, plan.Cost);
    }

    private static SamePage.Core.Values.CompiledValueModel WorkedExampleModel() =>
        SamePage.Core.Tests.Values.WorkedExample.Compile(SamePage.Core.Tests.Values.TestModels.Model(
            [
                SamePage.Core.Tests.Values.TestModels.Input("a", 10),
                SamePage.Core.Tests.Values.TestModels.Input("b", 5),
                SamePage.Core.Tests.Values.TestModels.Input("c", 20),
                SamePage.Core.Tests.Values.TestModels.Input("d", 0.5, "ratio"),
            ],
            [
                SamePage.Core.Tests.Values.TestModels.Driver("resale", "a * b * 10", "benefit", "resale"),
                SamePage.Core.Tests.Values.TestModels.Driver("services", "c * 40", "benefit", "services"),
                SamePage.Core.Tests.Values.TestModels.Driver("delivery", "services * d", "cost"),
                new SamePage.Core.Values.ModelDriver { Name = "setup", Category = "investment", Formula = "500", At = 1 },
            ],
            horizon: 12,
            discountRate: 0));

    private static PlanRequest LargeCase(int candidates, int seed)
    {
        var small = RandomCase(seed, candidates);
        var random = new Random(seed);
        var measures = small.Candidates.Select((m, i) => m with
        {
            // Smaller effects so that many measures are needed, with dependencies and exclusions sprinkled in.
            Effects = [.. m.Effects.Select(e => e with { Low = e.Low / 4, Likely = e.Likely / 4, High = e.High / 4 })],
            DependsOn = i > 0 && random.Next(10) == 0 ? [$"m{random.Next(i)}"] : [],
            Excludes = i > 0 && random.Next(10) == 0 ? [$"m{random.Next(i)}"] : [],
        }).ToList();
        var model = small.Model;
        var baseFactual = Npv(model, small.Baselines, BaselineKind.Factual, []);
        var positive = measures.Where(m => Npv(model, small.Baselines, BaselineKind.Factual, [m]) > baseFactual).ToList();
        var gain = positive.Sum(m => Npv(model, small.Baselines, BaselineKind.Factual, [m]) - baseFactual);
        return small with
        {
            Candidates = measures,
            Budget = null,
            Targets = new PlanTargets(baseFactual + (0.15 * gain)),
        };
    }
}
