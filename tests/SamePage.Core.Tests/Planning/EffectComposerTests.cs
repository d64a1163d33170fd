using SamePage.Core.Planning;
using SamePage.Core.Tests.Values;
using static SamePage.Core.Tests.Planning.PlanningFixtures;

namespace SamePage.Core.Tests.Planning;

public sealed class EffectComposerTests
{
    [Fact]
    public void Absolute_deltas_come_first_then_relative_changes_multiply()
    {
        Assert.Equal(132, EffectComposer.Compose(100, [10], [0.2]), 9);              // (100 + 10) · 1.2
        Assert.Equal(158.4, EffectComposer.Compose(100, [10], [0.2, 0.2]), 9);       // (100 + 10) · 1.2 · 1.2
        Assert.Equal(105, EffectComposer.Compose(100, [10, -5], []), 9);
    }

    [Fact]
    public void Measures_compose_per_input_and_the_model_is_evaluated_again()
    {
        // income = x · y − 100 per month for 3 months, no discount → npv = 3 · (x · y − 100).
        var model = WorkedExample.Compile(TestModels.Model(
            [TestModels.Input("x", 100), TestModels.Input("y", 3)],
            [TestModels.Driver("income", "x * y - 100", "benefit", "other")],
            horizon: 3));
        var plus10 = Measure("plus10", 0, [Factual("x", EffectMode.Absolute, 10)]);
        var plus20 = Measure("plus20", 0, [Factual("x", EffectMode.Relative, 0.2), Factual("y", EffectMode.Relative, 0.5)]);

        var inputs = EffectComposer.Apply(model, ValueBaselines.PlannedOnly, BaselineKind.Planned, [plus10, plus20]);
        var npv = EffectComposer.Evaluate(model, ValueBaselines.PlannedOnly, BaselineKind.Planned, [plus10, plus20]).Npv;

        Assert.Equal(132, inputs[0], 9);
        Assert.Equal(4.5, inputs[1], 9);
        Assert.Equal(3 * ((132 * 4.5) - 100), npv, 6);   // 1,482: the interaction x·y is the model's, not a sum of impacts
        Assert.Equal(3 * ((110 * 3) - 100), EffectComposer.Evaluate(model, ValueBaselines.PlannedOnly, BaselineKind.Planned, [plus10]).Npv, 6);
    }

    [Fact]
    public void Npv_of_a_tiny_discounted_model_by_hand()
    {
        // income = x per month for 2 months, discountRate 12.68250301 % a year → i = 1 % a month.
        var model = WorkedExample.Compile(TestModels.Model(
            [TestModels.Input("x", 100)],
            [TestModels.Driver("income", "x", "benefit", "other")],
            horizon: 2,
            discountRate: Math.Pow(1.01, 12) - 1));
        var measure = Measure("m", 0, [Factual("x", EffectMode.Absolute, 10), Factual("x", EffectMode.Relative, 0.2)]);

        var npv = EffectComposer.Evaluate(model, ValueBaselines.PlannedOnly, BaselineKind.Planned, [measure]).Npv;

        Assert.Equal((132 / 1.01) + (132 / (1.01 * 1.01)), npv, 6);
    }

    [Fact]
    public void Factual_effects_move_planned_and_factual_perceived_effects_only_perceived()
    {
        var model = WorkedExample.Compile(TestModels.Model([TestModels.Input("x", 100)], [TestModels.Driver("income", "x", "benefit", "other")], horizon: 1));
        var baselines = new ValueBaselines(new Dictionary<string, double> { ["x"] = 80 }, new Dictionary<string, double> { ["x"] = 50 });
        MeasureDefinition[] measures = [Measure("f", 0, [Factual("x", EffectMode.Absolute, 10)]), Measure("p", 0, [Perceived("x", EffectMode.Relative, 0.5)])];

        Assert.Equal(110, EffectComposer.Apply(model, baselines, BaselineKind.Planned, measures)[0], 9);
        Assert.Equal(90, EffectComposer.Apply(model, baselines, BaselineKind.Factual, measures)[0], 9);
        Assert.Equal(75, EffectComposer.Apply(model, baselines, BaselineKind.Perceived, measures)[0], 9);
    }

    [Fact]
    public void An_effect_on_an_input_the_model_lacks_is_an_error_naming_measure_and_input()
    {
        var model = InteractingModel();
        var measure = Measure("lead-sharing", 0, [Factual("leadsPerMonth", EffectMode.Absolute, 1)]);

        var error = Assert.Throws<ArgumentException>(() => EffectComposer.Apply(model, ValueBaselines.PlannedOnly, BaselineKind.Planned, [measure]));

        Assert.Contains("'lead-sharing'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'leadsPerMonth'", error.Message, StringComparison.Ordinal);
    }
}
