using SamePage.Core.Planning;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Planning;

public sealed class DemoMeasuresTests
{
    [Fact]
    public void Covers_every_instrument_and_participant_with_valid_effects()
    {
        var all = DemoMeasures.All;

        Assert.True(all.Count >= 25, $"{all.Count} demo measures");
        Assert.Equal(DemoMeasures.Instruments.Order(), all.Select(m => m.Measure.Instrument).Distinct().Order());
        Assert.Equal(DemoMeasures.Participants.Order(), all.Select(m => m.Measure.Owner!).Distinct().Order());
        Assert.Equal(all.Count, all.Select(m => m.Measure.Key).Distinct().Count());
        Assert.Contains(all, m => m.Measure.Effects.All(e => e.Target == EffectTarget.Perceived));
        Assert.Contains(all, m => m.Measure.DependsOn.Count > 0);
        Assert.Contains(all, m => m.Measure.Excludes.Count > 0);
        foreach (var name in DemoValueModels.Names)
        {
            var model = ValueModelCompiler.Compile(DemoValueModels.Load(name)).Model!;
            var measures = DemoMeasures.For(name);
            var keys = measures.Select(m => m.Key).ToHashSet();
            Assert.All(measures, m => Assert.All(m.Effects, e => Assert.True(model.InputIndex(e.Input) >= 0 && e.Problem() is null, $"{m.Key}: {e.Input}")));
            Assert.All(measures, m => Assert.All(m.DependsOn.Concat(m.Excludes), k => Assert.Contains(k, keys)));
            Assert.All(measures, m => Assert.True(m.VendorCost > 0, m.Key));
            var impact = MeasureImpact.Compute(model, DemoMeasures.Baselines(name), measures, DemoMeasures.PartnersInSegment(name), simulation: new EffectSimulationOptions { Trials = 200 });
            Assert.True(impact.Factual.DeltaNpvPerPartner > 0);
            Assert.True(impact.Perceived.DeltaNpvPerPartner > 0);
        }
    }

    [Fact]
    public void One_demo_plan_reaches_its_target_and_one_cannot_within_its_budget()
    {
        var results = DemoMeasures.Scenarios.Select(s => (Scenario: s, Plan: TargetPlanner.Plan(new PlanRequest
        {
            Model = ValueModelCompiler.Compile(DemoValueModels.Load(s.Model)).Model!,
            Baselines = DemoMeasures.Baselines(s.Model),
            Candidates = DemoMeasures.For(s.Model),
            Budget = s.Budget,
            Targets = s.Targets,
            Simulation = new EffectSimulationOptions { Trials = 500 },
        }))).ToList();

        Assert.All(results, r => Assert.Equal(r.Scenario.ReachesTarget, r.Plan.ReachesTarget));
        Assert.All(results, r => Assert.True(r.Plan.Cost <= r.Scenario.Budget));
        var reached = results.First(r => r.Scenario.Model == DemoValueModels.NordlichtBackupMsp).Plan;
        Assert.True(reached.Npv.Factual >= 160_000 && reached.Npv.Perceived >= 100_000);
        Assert.True(reached.Npv.BaselineFactual < 160_000 && reached.Npv.BaselinePerceived < 100_000);
        var missed = results.First(r => r.Scenario.Model == DemoValueModels.NordlichtAnalyticsSuiteSi).Plan;
        Assert.True(missed.Shortfall > 0);
        Assert.Equal(700_000 - missed.Npv.Factual, missed.Shortfall, 6);
        Assert.InRange(missed.Probability!.Value, 0, 1);
    }
}
