using Microsoft.EntityFrameworkCore;
using SamePage.Core.Planning;
using SamePage.Core.Values;
using SamePage.Data.Actuals;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using SamePage.Data.Values;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Planning;

public sealed class DemoPlanTests
{
    public static IEnumerable<object[]> Cases =>
        from provider in TestDatabase.Providers
        from scenario in DemoMeasures.Scenarios
        select new object[] { provider[0], scenario.Model };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Demo_plans_reach_or_miss_their_target_as_the_scenarios_say(string provider, string demoModel)
    {
        var scenario = DemoMeasures.Scenarios.Single(s => s.Model == demoModel);
        var document = DemoValueModels.Load(demoModel);
        await using var database = await PlanningTestServices.DemoAsync(provider);
        await using var db = database.CreateContext();
        var services = new PlanningTestServices(db);

        var outcome = await services.Planning.PlanAsync(new PlanQuery(document.Solution, document.Segment!) { Budget = scenario.Budget, Trials = 200 });
        var result = outcome.Result;
        Assert.Equal(scenario.ReachesTarget, result.ReachesTarget);
        Assert.True(result.Cost <= scenario.Budget);

        // Independently: the model from the demo file, the factual case from the observed medians, the effects composed by hand.
        var model = ValueModelCompiler.Compile(document).Model!;
        var report = await new ActualsService(db, new ValueModelStore(db), new TargetStore(db)).ComputeAsync(new ActualsQuery(document.Solution) { Segment = document.Segment });
        var factual = report.Inputs.Where(i => i.ObservedMedian is not null).ToDictionary(i => i.Input, i => i.ObservedMedian!.Value);
        var baselines = new ValueBaselines(factual);
        var rows = await db.Measures.Include(m => m.Instrument).Where(m => m.Solution!.Name == document.Solution && m.Status != MeasureStatus.Dropped).ToListAsync();
        Assert.NotEmpty(rows);
        var candidates = rows.Select(r => new MeasureDefinition(
            r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Name, r.Instrument!.Name, null, (double)r.CostOneOff, (double)r.CostPerMonth,
            r.StartDate, r.EndDate, MeasureEffectsJson.Parse(r.EffectsJson),
            [.. r.DependsOn.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. r.Excludes.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))])).ToList();
        var chosen = candidates.Where(c => result.Measures.Any(m => m.Key == c.Key)).ToList();
        Assert.Equal(result.Measures.Count, chosen.Count);
        Assert.Equal(chosen.Sum(c => c.VendorCost), result.Cost, 6);
        var factualNpv = EffectComposer.Evaluate(model, baselines, BaselineKind.Factual, chosen).Npv;
        var perceivedNpv = EffectComposer.Evaluate(model, baselines, BaselineKind.Perceived, chosen).Npv;
        Assert.Equal(factualNpv, result.Npv.Factual, 2);
        // No survey estimates yet: the perceived case starts from the planned inputs.
        Assert.Equal(model.Evaluate().Npv, result.Npv.BaselinePerceived, 2);
        // The stored target: the scenario's lift on top of the demo's own factual case.
        var target = await db.Targets.SingleAsync(t => t.Solution!.Name == document.Solution && t.Segment == document.Segment);
        var factualTarget = (double)target.FactualNpv!.Value;
        var liftTarget = model.Evaluate(factual).Npv + scenario.Targets.FactualNpv!.Value - EffectComposer.Evaluate(model, DemoMeasures.Baselines(demoModel), BaselineKind.Factual, []).Npv;
        // Reachable scenarios keep the lift; the unreachable one may be set higher (above the best within the budget).
        Assert.InRange(factualTarget - liftTarget, -500, scenario.ReachesTarget ? 500 : double.MaxValue);
        Assert.Equal(factualTarget, result.Targets.FactualNpv!.Value, 2);
        var reaches = factualNpv >= factualTarget && (target.PerceivedNpv is not { } p || perceivedNpv >= (double)p);
        Assert.Equal(scenario.ReachesTarget, reaches);

        if (!scenario.ReachesTarget)
        {
            // No allowed set within the budget reaches the factual target: every subset checked with the full model.
            var n = candidates.Count;
            Assert.True(n <= 14);
            for (var mask = 0; mask < 1 << n; mask++)
            {
                var set = Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).Select(i => candidates[i]).ToList();
                var keys = set.Select(s => s.Key).ToHashSet();
                var allowed = set.Sum(s => s.VendorCost) <= scenario.Budget
                    && set.All(s => s.DependsOn.All(keys.Contains) && !s.Excludes.Any(keys.Contains));
                if (allowed)
                {
                    Assert.True(EffectComposer.Evaluate(model, baselines, BaselineKind.Factual, set).Npv < factualTarget);
                }
            }
        }
    }
}
