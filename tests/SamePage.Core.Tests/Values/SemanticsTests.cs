using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

/// <summary>Timing, ramp, cash flow and metric semantics against hand-computed numbers.</summary>
public sealed class SemanticsTests
{
    [Fact]
    public void Window_ramp_and_active_follow_the_rules()
    {
        var doc = TestModels.Model(
            [TestModels.Input("fee", 100, "currency")],
            [
                TestModels.Driver("ramped", "fee", "benefit") with { Start = 3, End = 8, RampMonths = 4 },
                TestModels.Driver("once", "fee * 2", "cost") with { At = 5 },
                TestModels.Driver("age", "active") with { Start = 4 },
                TestModels.Driver("uses", "ramped + 1"),
            ],
            horizon: 10);

        var drivers = WorkedExample.Compile(doc).Evaluate().Drivers;

        // ramped: 0 before month 3, then 100 · min(1, active/4) = 25, 50, 75, 100, 100, 100, then 0 after month 8.
        Assert.Equal(new double[] { 0, 0, 25, 50, 75, 100, 100, 100, 0, 0 }, drivers[0].Monthly);
        Assert.Equal(new double[] { 0, 0, 0, 0, 200, 0, 0, 0, 0, 0 }, drivers[1].Monthly);
        Assert.Equal(new double[] { 0, 0, 0, 1, 2, 3, 4, 5, 6, 7 }, drivers[2].Monthly);

        // A driver name means that driver's value after its window and ramp.
        Assert.Equal(new double[] { 1, 1, 26, 51, 76, 101, 101, 101, 1, 1 }, drivers[3].Monthly);
        Assert.Equal(450, drivers[0].Total);
    }

    [Fact]
    public void Cash_flow_npv_and_totals_match_a_hand_computation()
    {
        var doc = TestModels.Model(
            [TestModels.Input("price", 1000, "currency")],
            [
                TestModels.Driver("sales", "price", "benefit", "resale"),
                TestModels.Driver("support", "price * 0.5", "benefit", "services"),
                TestModels.Driver("running", "200", "cost"),
                TestModels.Driver("setup", "3000", "investment") with { At = 1 },
                TestModels.Driver("units", "price / 10"),
            ],
            horizon: 12,
            discountRate: 0.1);

        var result = WorkedExample.Compile(doc).Evaluate();

        // CF(1) = 1000 + 500 − 200 − 3000 = −1700, then 1300 a month; metrics do not count.
        var i = Math.Pow(1.1, 1.0 / 12) - 1;
        var npv = -1700 / (1 + i);
        for (var m = 2; m <= 12; m++)
        {
            npv += 1300 / Math.Pow(1 + i, m);
        }

        Assert.Equal(npv, result.Npv, 1e-6);
        Assert.Equal(18000, result.TotalBenefit, 1e-9);
        Assert.Equal(2400, result.TotalCost, 1e-9);
        Assert.Equal(3000, result.TotalInvestment, 1e-9);
        Assert.Equal(12600, result.NetProfit, 1e-9);
        Assert.Equal(4.2, result.Roi!.Value, 1e-12);
        Assert.Equal(0.5, result.ServicesMultiplier!.Value, 1e-12);
        Assert.Equal(3, result.PaybackMonth);
        Assert.Equal(-1700, result.Monthly[0].Cumulative);
        Assert.Equal(-400, result.Monthly[1].Cumulative);
        Assert.Equal(900, result.Monthly[2].Cumulative);
    }

    [Fact]
    public void Payback_needs_every_later_month_non_negative()
    {
        // Cumulative: 100, −50, 50, 150: it dips below zero in month 2, so payback is month 3.
        var doc = TestModels.Model(
            [],
            [TestModels.Driver("flow", "if(month == 1, 100, if(month == 2, -150, 100))", "benefit")],
            horizon: 4);

        Assert.Equal(3, WorkedExample.Compile(doc).Evaluate().PaybackMonth);
    }

    [Fact]
    public void Payback_roi_and_multiplier_are_null_when_undefined()
    {
        var doc = TestModels.Model([], [TestModels.Driver("loss", "100", "cost"), TestModels.Driver("other", "10", "benefit")], horizon: 3);

        var result = WorkedExample.Compile(doc).Evaluate();

        Assert.Null(result.PaybackMonth);
        Assert.Null(result.Roi);
        Assert.Null(result.ServicesMultiplier);
        Assert.Equal("other", result.Drivers[1].Stream);
    }

    [Fact]
    public void Payback_is_month_one_when_never_negative()
    {
        var doc = TestModels.Model([], [TestModels.Driver("gain", "10", "benefit")], horizon: 3);

        Assert.Equal(1, WorkedExample.Compile(doc).Evaluate().PaybackMonth);
    }

    [Fact]
    public void Overrides_by_name_replace_likely_values()
    {
        var model = WorkedExample.Model();

        var result = model.Evaluate(new Dictionary<string, double> { ["newCustomersPerMonth"] = 1 });

        // Equals the tornado's low end for newCustomersPerMonth in the issue.
        Assert.Equal(81571.39, result.Npv, 0.01);
        Assert.Throws<ArgumentException>(() => model.Evaluate(new Dictionary<string, double> { ["nope"] = 1 }));
        Assert.Equal(2, model.LikelyInputs()[model.InputIndex("newCustomersPerMonth")]);
        Assert.Equal(-1, model.InputIndex("nope"));
    }

    [Fact]
    public void Division_by_zero_names_driver_and_month()
    {
        var doc = TestModels.Model([TestModels.Input("x", 3)], [TestModels.Driver("share", "x / (month - 4)")], horizon: 6);

        var errors = TestModels.Diagnostics(doc);

        var error = Assert.Single(errors, e => e.IsError);
        Assert.Equal("eval.divisionByZero", error.Code);
        Assert.Equal("$.drivers[0].formula", error.Path);
        Assert.Equal("Division by zero in driver 'share' at month 4.", error.Message);
    }

    [Fact]
    public void Division_by_zero_with_other_inputs_is_reported_by_evaluate()
    {
        var doc = TestModels.Model([TestModels.Input("x", 3)], [TestModels.Driver("share", "10 / x")], horizon: 2);
        var model = WorkedExample.Compile(doc);

        var error = Assert.Throws<ValueModelEvaluationException>(() => model.Evaluate(new Dictionary<string, double> { ["x"] = 0 }));

        Assert.Equal("share", error.Driver);
        Assert.Equal(1, error.Month);
    }

    [Fact]
    public void Non_finite_values_are_errors()
    {
        var doc = TestModels.Model([TestModels.Input("x", 0)], [TestModels.Driver("log", "ln(x)")], horizon: 2);

        Assert.Contains(TestModels.Diagnostics(doc), e => e.Code == "eval.notFinite" && e.Message.Contains("'log' is not a finite number at month 1"));
    }
}
