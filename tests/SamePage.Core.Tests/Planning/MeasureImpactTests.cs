using SamePage.Core.Planning;
using SamePage.Core.Tests.Values;
using static SamePage.Core.Tests.Planning.PlanningFixtures;

namespace SamePage.Core.Tests.Planning;

public sealed class MeasureImpactTests
{
    // income = x · y per month for 12 months, no discount: npv = 12 · x · y.
    private static SamePage.Core.Values.CompiledValueModel Model(double? xLow = null, double? xHigh = null) => WorkedExample.Compile(TestModels.Model(
        [TestModels.Input("x", 100, low: xLow, high: xHigh), TestModels.Input("y", 2)],
        [TestModels.Driver("income", "x * y", "benefit", "other")]));

    [Fact]
    public void Impact_per_case_per_partner_for_the_segment_and_per_unit_of_cost()
    {
        var baselines = new ValueBaselines(new Dictionary<string, double> { ["x"] = 80 }, new Dictionary<string, double> { ["y"] = 1.5 });
        MeasureDefinition[] measures =
        [
            Measure("margin", 12_000, [Factual("x", EffectMode.Absolute, 10)]),
            Measure("story", 3_000, [Perceived("y", EffectMode.Relative, 0.2)]),
        ];

        var impact = MeasureImpact.Compute(Model(), baselines, measures, partnersInSegment: 50, new PlanTargets(2_500, 1_900));

        // Planned 12·100·2 = 2,400 → 12·110·2 = 2,640; factual 12·80·2 = 1,920 → 2,160; perceived 12·100·1.5 = 1,800 → 12·100·1.8 = 2,160.
        Assert.Equal(2_400, impact.Planned.NpvBefore, 6);
        Assert.Equal(2_640, impact.Planned.NpvAfter, 6);
        Assert.Equal(240, impact.Factual.DeltaNpvPerPartner, 6);
        Assert.Equal(1_920, impact.Factual.NpvBefore, 6);
        Assert.Equal(1_800, impact.Perceived.NpvBefore, 6);
        Assert.Equal(2_160, impact.Perceived.NpvAfter, 6);
        Assert.Equal(240 * 50, impact.Planned.DeltaNpvSegment, 6);
        Assert.Equal(15_000, impact.VendorCost);
        Assert.Equal(240.0 * 50 / 15_000, impact.PartnerValuePerCost!.Value, 9);

        // Without ranges the outcome is certain: planned and perceived reach their targets, factual (2,160 < 2,500) does not.
        Assert.Equal(1, impact.Planned.ProbabilityOfTarget);
        Assert.Equal(0, impact.Factual.ProbabilityOfTarget);
        Assert.Equal(1, impact.Perceived.ProbabilityOfTarget);
    }

    [Fact]
    public void Probability_samples_effect_sizes_with_pert()
    {
        // x fixed at 100, effect +[0, 10, 20] symmetric PERT: P(npv ≥ 12·110·2) = P(delta ≥ 10) = 0.5.
        // P(delta ≥ 15): PERT(0,10,20) = 20·Beta(3,3); P(Beta(3,3) ≥ 0.75) = 0.103515625 (1 − I_0.75(3,3)).
        var model = Model();
        var measure = new MeasureDefinition("m", "m", "MDF", null, 0, 0, Start, Start,
            [new MeasureEffect("x", EffectMode.Absolute, 0, 10, 20, EffectTarget.Factual)], [], []);
        var options = new EffectSimulationOptions { Trials = 40_000, Seed = 3 };

        var half = EffectSimulation.Run(model, ValueBaselines.PlannedOnly, [measure], [new BaselineTarget(BaselineKind.Planned, 12 * 110 * 2)], options);
        var tail = EffectSimulation.Run(model, ValueBaselines.PlannedOnly, [measure], [new BaselineTarget(BaselineKind.Planned, 12 * 115 * 2)], options);

        Assert.InRange(half.ProbabilityAll, 0.49, 0.51);
        Assert.InRange(tail.ProbabilityAll, 0.1035 - 0.006, 0.1035 + 0.006);
        var oneThread = EffectSimulation.Run(model, ValueBaselines.PlannedOnly, [measure], [new BaselineTarget(BaselineKind.Planned, 12 * 110 * 2)], options with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(half.Cases[0], oneThread.Cases[0]);
    }

    [Fact]
    public void Probability_samples_model_ranges_except_inputs_fixed_by_the_case()
    {
        // x ~ PERT(50, 100, 150), symmetric around 100: P(npv ≥ 2,400) = 0.5 on planned; factual fixes x = 120 → 1.
        var model = Model(50, 150);
        var baselines = new ValueBaselines(new Dictionary<string, double> { ["x"] = 120 });

        var result = EffectSimulation.Run(model, baselines, [],
            [new BaselineTarget(BaselineKind.Planned, 2_400), new BaselineTarget(BaselineKind.Factual, 2_400)],
            new EffectSimulationOptions { Trials = 20_000 });

        Assert.InRange(result.Cases[0].Probability, 0.48, 0.52);
        Assert.Equal(1, result.Cases[1].Probability);
        Assert.Equal(result.Cases[0].Probability, result.ProbabilityAll);
        Assert.InRange(result.Cases[0].P50, 2_400 - 30, 2_400 + 30);
    }
}
