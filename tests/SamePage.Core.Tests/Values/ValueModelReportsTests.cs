using System.Text.Json;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

public sealed class ValueModelReportsTests
{
    [Fact]
    public void Run_report_has_the_issue_field_names_and_rounded_money()
    {
        var report = ValueModelReports.ToRunReport(WorkedExample.Model().Evaluate());

        using var json = JsonDocument.Parse(ValueModelReports.ToJson(report));
        var root = json.RootElement;
        Assert.Equal(
            ["npv", "totalBenefit", "totalCost", "totalInvestment", "netProfit", "roi", "paybackMonth", "servicesMultiplier", "monthly", "drivers"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(177397.48, root.GetProperty("npv").GetDouble());
        Assert.Equal(6, root.GetProperty("paybackMonth").GetInt32());
        Assert.Equal(14.3233, root.GetProperty("roi").GetDouble(), 0.0001);
        var month = root.GetProperty("monthly")[0];
        Assert.Equal(["month", "cashFlow", "cumulative"], month.EnumerateObject().Select(p => p.Name));
        Assert.Equal(-7836, month.GetProperty("cashFlow").GetDouble());
        var driver = root.GetProperty("drivers")[6];
        Assert.Equal(["name", "total"], driver.EnumerateObject().Select(p => p.Name));
        Assert.Equal("certification", driver.GetProperty("name").GetString());
        Assert.Equal(6000, driver.GetProperty("total").GetDouble());
    }

    [Fact]
    public void Sensitivity_and_simulation_reports_have_the_issue_field_names()
    {
        var model = WorkedExample.Model();

        using var tornado = JsonDocument.Parse(ValueModelReports.ToJson(ValueModelReports.ToSensitivityReport(SensitivityAnalysis.Run(model))));
        using var simulation = JsonDocument.Parse(ValueModelReports.ToJson(ValueModelReports.ToSimulationReport(MonteCarloSimulation.Run(model, 1000, 1))));

        Assert.Equal(["baseNpv", "inputs"], tornado.RootElement.EnumerateObject().Select(p => p.Name));
        var first = tornado.RootElement.GetProperty("inputs")[0];
        Assert.Equal(["name", "npvLow", "npvHigh", "swing"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(81571.39, first.GetProperty("npvLow").GetDouble());
        Assert.Equal(["p10", "p50", "p90", "mean", "probabilityAboveTarget"], simulation.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Missing_values_are_written_as_null()
    {
        var doc = TestModels.Model([], [TestModels.Driver("loss", "100", "cost")], horizon: 2);
        var model = WorkedExample.Compile(doc);

        using var run = JsonDocument.Parse(ValueModelReports.ToJson(ValueModelReports.ToRunReport(model.Evaluate())));
        using var simulation = JsonDocument.Parse(ValueModelReports.ToJson(ValueModelReports.ToSimulationReport(MonteCarloSimulation.Run(model, 10, 1))));

        Assert.Equal(JsonValueKind.Null, run.RootElement.GetProperty("roi").ValueKind);
        Assert.Equal(JsonValueKind.Null, run.RootElement.GetProperty("paybackMonth").ValueKind);
        Assert.Equal(JsonValueKind.Null, run.RootElement.GetProperty("servicesMultiplier").ValueKind);
        Assert.Equal(JsonValueKind.Null, simulation.RootElement.GetProperty("probabilityAboveTarget").ValueKind);
    }
}
