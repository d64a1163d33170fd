using SamePage.Core.Planning;
using SamePage.Core.Tests.Values;
using static SamePage.Core.Tests.Planning.PlanningFixtures;

namespace SamePage.Core.Tests.Planning;

public sealed class ContributionWaterfallTests
{
    [Fact]
    public void Steps_go_from_the_baseline_to_the_plan_by_participant_and_sum_exactly()
    {
        // income = x · y per month, 12 months, no discount: baseline 12 · 100 · 2 = 2,400.
        var model = WorkedExample.Compile(TestModels.Model(
            [TestModels.Input("x", 100), TestModels.Input("y", 2)],
            [TestModels.Driver("income", "x * y", "benefit", "other")]));
        MeasureDefinition[] measures =
        [
            Measure("price", 1_000, [Factual("x", EffectMode.Absolute, 10)], owner: "Finance"),        // alone +240
            Measure("leads", 2_000, [Factual("y", EffectMode.Relative, 0.5)], owner: "Channel sales"), // alone +1,200
            Measure("bundle", 500, [Factual("x", EffectMode.Absolute, 5)], owner: "Finance"),          // Finance alone: +360
            Measure("news", 300, [Perceived("y", EffectMode.Absolute, 1)], owner: null),               // no factual effect: 0
        ];

        var waterfall = ContributionWaterfall.Build(model, ValueBaselines.PlannedOnly, measures, targetNpv: 5_000);

        // Order by solo impact: Channel sales (+1,200), Finance (+360), Unassigned (0).
        // Channel sales: 12·100·3 = 3,600; then Finance: 12·115·3 = 4,140 (+540: Finance gets the interaction); Unassigned: +0.
        Assert.Equal(["Channel sales", "Finance", ContributionWaterfall.Unassigned], waterfall.Steps.Select(s => s.Participant));
        Assert.Equal(2_400, waterfall.BaselineNpv, 6);
        Assert.Equal(1_200, waterfall.Steps[0].DeltaNpv, 6);
        Assert.Equal(540, waterfall.Steps[1].DeltaNpv, 6);
        Assert.Equal(360, waterfall.Steps[1].SoloDeltaNpv, 6);
        Assert.Equal(["price", "bundle"], waterfall.Steps[1].MeasureKeys);
        Assert.Equal(1_500, waterfall.Steps[1].VendorCost);
        Assert.Equal(0, waterfall.Steps[2].DeltaNpv, 6);
        Assert.Equal(4_140, waterfall.PlanNpv, 6);
        Assert.Equal(waterfall.PlanNpv, waterfall.BaselineNpv + waterfall.Steps.Sum(s => s.DeltaNpv), 9);
        Assert.Equal(860, waterfall.OpenGap!.Value, 6);

        var perceived = ContributionWaterfall.Build(model, ValueBaselines.PlannedOnly, measures, targetNpv: 3_000, BaselineKind.Perceived);
        Assert.Equal(ContributionWaterfall.Unassigned, perceived.Steps[0].Participant);
        Assert.Equal(12 * 100 * 3, perceived.PlanNpv, 6);
        Assert.Equal(0, perceived.OpenGap);
    }
}
