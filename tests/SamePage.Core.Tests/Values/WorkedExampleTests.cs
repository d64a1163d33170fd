using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

/// <summary>The figures of the worked example in issue 3, computed independently there.</summary>
public sealed class WorkedExampleTests
{
    [Fact]
    public void Model_validates_without_errors()
    {
        var compilation = ValueModelCompiler.Compile(WorkedExample.Document());

        Assert.Empty(compilation.Errors);
    }

    [Fact]
    public void Business_case_matches_the_issue()
    {
        var result = WorkedExample.Model().Evaluate();

        Assert.Equal(177397.48, result.Npv, 0.01);
        Assert.Equal(354686.16, result.TotalBenefit, 0.01);
        Assert.Equal(134030.39, result.TotalCost, 0.01);
        Assert.Equal(14400, result.TotalInvestment, 0.001);
        Assert.Equal(206255.77, result.NetProfit, 0.01);
        Assert.Equal(14.3233, result.Roi!.Value, 0.0001);
        Assert.Equal(6, result.PaybackMonth);
        Assert.Equal(4.96622, result.ServicesMultiplier!.Value, 0.00001);
    }

    [Fact]
    public void First_months_cash_flow_matches_the_issue()
    {
        var monthly = WorkedExample.Model().Evaluate().Monthly;

        Assert.Equal(36, monthly.Count);
        Assert.Equal(-7836, monthly[0].CashFlow, 1e-9);
        Assert.Equal(-874.44, monthly[1].CashFlow, 1e-9);
        Assert.Equal(84.7044, monthly[2].CashFlow, 1e-9);
        Assert.Equal(-7836 - 874.44 + 84.7044, monthly[2].Cumulative, 1e-9);
        Assert.Equal(3, monthly[2].Month);
    }

    [Fact]
    public void Month_one_drivers_match_a_hand_computation()
    {
        var drivers = WorkedExample.Model().Evaluate().Drivers.ToDictionary(d => d.Name);

        // customers(1) = 2 · (1 − 0.99) / 0.01 = 2; onboarding ramps to 1/3 of 2 · 1500 in month 1.
        Assert.Equal(2, drivers["customers"].Monthly[0], 1e-9);
        Assert.Equal(100, drivers["recurringMarginIncome"].Monthly[0], 1e-9);
        Assert.Equal(320, drivers["managedServices"].Monthly[0], 1e-9);
        Assert.Equal(1000, drivers["onboarding"].Monthly[0], 1e-9);
        Assert.Equal(3000, drivers["onboarding"].Monthly[5], 1e-9);
        Assert.Equal(280, drivers["presales"].Monthly[0], 1e-9);
        Assert.Equal(6000, drivers["certification"].Monthly[0], 1e-9);
        Assert.Equal(0, drivers["certification"].Monthly[1]);
        Assert.Equal(2800, drivers["enablementTime"].Monthly[2], 1e-9);
        Assert.Equal(0, drivers["enablementTime"].Monthly[3]);
        Assert.Equal("recurring", drivers["recurringMarginIncome"].Stream);
        Assert.Null(drivers["presales"].Stream);
        Assert.Equal(14400, drivers["certification"].Total + drivers["enablementTime"].Total, 1e-9);
    }

    [Fact]
    public void Summary_fast_path_agrees_with_the_full_evaluation()
    {
        var model = WorkedExample.Model();
        var summary = model.EvaluateSummary(model.LikelyInputs(), model.CreateWorkspace());

        Assert.Equal(177397.48, summary.Npv, 0.01);
        Assert.Equal(6, summary.PaybackMonth);
    }

    [Fact]
    public void Tornado_matches_the_issue()
    {
        var result = SensitivityAnalysis.Run(WorkedExample.Model());

        Assert.Equal(177397.48, result.BaseNpv, 0.01);
        var expected = new (string Name, double Low, double High)[]
        {
            ("newCustomersPerMonth", 81571.39, 369049.67),
            ("seatsPerCustomer", 115107.38, 301977.69),
            ("onboardingFee", 133924.91, 239501.17),
            ("deliveryCostShare", 193735.87, 152889.90),
            ("recurringMargin", 156974.50, 187608.98),
            ("monthlyChurn", 184422.88, 164946.36),
        };
        Assert.Equal(expected.Select(e => e.Name), result.Inputs.Select(i => i.Name));
        foreach (var (e, actual) in expected.Zip(result.Inputs))
        {
            Assert.Equal(e.Low, actual.NpvLow, 0.01);
            Assert.Equal(e.High, actual.NpvHigh, 0.01);
            Assert.Equal(Math.Abs(e.High - e.Low), actual.Swing, 0.02);
        }
    }

    [Fact]
    public void Monte_carlo_matches_the_issue_within_sampling_error()
    {
        var result = MonteCarloSimulation.Run(WorkedExample.Model(), trials: 40_000, seed: 7);

        // p50 ≈ 194,000; the standard error of a median over 40,000 trials is well under 1,000 here.
        Assert.InRange(result.P50, 190_000, 198_000);

        // p ≈ 0.957: binomial standard error sqrt(0.957 · 0.043 / 40,000) ≈ 0.001.
        Assert.InRange(result.ProbabilityAboveTarget!.Value, 0.950, 0.964);
        Assert.Equal(100000, result.TargetNpv);
        Assert.True(result.P10 < result.P50 && result.P50 < result.P90);
        Assert.Equal(40_000, result.Histogram.Sum(b => b.Count));
    }
}
