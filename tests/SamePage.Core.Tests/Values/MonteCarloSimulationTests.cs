using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

public sealed class MonteCarloSimulationTests
{
    [Fact]
    public void Same_seed_gives_the_same_result_whatever_the_threads()
    {
        var model = WorkedExample.Model();

        var one = MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = 5000, Seed = 3, MaxDegreeOfParallelism = 1 });
        var many = MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = 5000, Seed = 3, MaxDegreeOfParallelism = 4 });
        var other = MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = 5000, Seed = 4 });

        Assert.Equal(one.P10, many.P10);
        Assert.Equal(one.P50, many.P50);
        Assert.Equal(one.Mean, many.Mean);
        Assert.Equal(one.Histogram, many.Histogram);
        Assert.Equal(one.Payback, many.Payback);
        Assert.NotEqual(one.P50, other.P50);
    }

    [Fact]
    public void Pert_samples_have_the_pert_mean()
    {
        // One input, npv proportional to it: the mean of PERT(1, 2, 4) is (1 + 4·2 + 4) / 6 = 13/6.
        var doc = TestModels.Model([TestModels.Input("x", 2, "currency", 1, 4)], [TestModels.Driver("b", "x", "benefit") with { At = 1 }], horizon: 1);
        var model = WorkedExample.Compile(doc);

        var result = MonteCarloSimulation.Run(model, 50_000, 11);

        Assert.Equal(13.0 / 6, result.Mean, 0.01);
        Assert.InRange(result.P10, 1, result.P50);
        Assert.InRange(result.P90, result.P50, 4);
        Assert.Null(result.ProbabilityAboveTarget);
        Assert.Equal(0.0, result.Payback.NeverShare);
    }

    [Fact]
    public void Target_probability_counts_trials_at_or_above_target()
    {
        // x ~ PERT(0, 5, 10) is symmetric: about half of the trials reach 5.
        var doc = TestModels.Model([TestModels.Input("x", 5, "currency", 0, 10)], [TestModels.Driver("b", "x", "benefit") with { At = 1 }], horizon: 1);

        var result = MonteCarloSimulation.Run(WorkedExample.Compile(doc), 40_000, 5, targetNpv: 5);

        Assert.Equal(0.5, result.ProbabilityAboveTarget!.Value, 0.01);
    }

    [Fact]
    public void Without_ranges_every_trial_is_the_base_case()
    {
        var doc = TestModels.Model([TestModels.Input("x", 5, "currency")], [TestModels.Driver("b", "x - 8", "benefit") with { At = 1 }], horizon: 1);

        var result = MonteCarloSimulation.Run(WorkedExample.Compile(doc), 100, 1, targetNpv: 0);

        Assert.Equal((-3.0, -3.0, -3.0, -3.0, 0.0), (result.P10, result.P50, result.P90, result.Mean, result.ProbabilityAboveTarget!.Value));
        Assert.Equal(new PaybackDistribution(null, null, null, 1), result.Payback);
        Assert.Equal(100, Assert.Single(result.Histogram).Count);
    }

    [Fact]
    public void Overrides_fix_inputs_and_outside_ranges_replace_model_ranges()
    {
        var model = WorkedExample.Model();
        var fixedAll = model.Inputs.Where(i => i.HasRange).ToDictionary(i => i.Name, i => i.Likely!.Value);

        var pinned = MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = 200, Overrides = fixedAll });
        Assert.Equal(177397.48, pinned.P10, 0.01);
        Assert.Equal(177397.48, pinned.P90, 0.01);

        // A measure that makes seat price uncertain: only seatPrice varies.
        var ranges = new Dictionary<string, InputRange> { ["seatPrice"] = new(4, 5, 7) };
        var measured = MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = 2000, Overrides = fixedAll.Where(p => p.Key != "seatPrice").ToDictionary(), Ranges = ranges });
        var low = model.Evaluate(new Dictionary<string, double> { ["seatPrice"] = 4 }).Npv;
        var high = model.Evaluate(new Dictionary<string, double> { ["seatPrice"] = 7 }).Npv;
        Assert.InRange(measured.P10, low, high);
        Assert.InRange(measured.P90, measured.P10, high);
        Assert.True(measured.P90 > measured.P10);

        Assert.Throws<ArgumentException>(() => MonteCarloSimulation.Run(model, new MonteCarloOptions { Ranges = new Dictionary<string, InputRange> { ["seatPrice"] = new(6, 5, 7) } }));
    }

    [Fact]
    public void Payback_distribution_and_histogram_are_consistent()
    {
        var result = MonteCarloSimulation.Run(WorkedExample.Model(), 20_000, 1);

        Assert.True(result.Payback.P10 <= result.Payback.P50 && result.Payback.P50 <= result.Payback.P90);
        Assert.Equal(30, result.Histogram.Count);
        Assert.Equal(20_000, result.Histogram.Sum(b => b.Count));
        Assert.All(result.Histogram.Zip(result.Histogram.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From, 1e-6));
    }

    [Fact]
    public void Sensitivity_accepts_overrides_and_outside_ranges()
    {
        var model = WorkedExample.Model();

        var result = SensitivityAnalysis.Run(model, new Dictionary<string, double> { ["newCustomersPerMonth"] = 1 }, new Dictionary<string, InputRange> { ["seatPrice"] = new(4, 5, 6) });

        Assert.Equal(81571.39, result.BaseNpv, 0.01);
        Assert.Equal(7, result.Inputs.Count);
        Assert.Contains(result.Inputs, i => i.Name == "seatPrice");
        Assert.Equal(result.Inputs.OrderByDescending(i => i.Swing).Select(i => i.Name), result.Inputs.Select(i => i.Name));
    }

    [Fact]
    public void Only_the_given_target_counts_when_asked_never_the_models_own()
    {
        // The worked example's own target is 100,000: without a target record a stored model has no chance figure.
        var model = WorkedExample.Model();
        Assert.NotNull(model.TargetNpv);
        Assert.NotNull(MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = 500 }).ProbabilityAboveTarget);
        Assert.Null(MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = 500, OnlyGivenTarget = true }).ProbabilityAboveTarget);
        var given = MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = 500, TargetNpv = 1e12, OnlyGivenTarget = true });
        Assert.Equal(0, given.ProbabilityAboveTarget);
    }
}
