using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

public sealed class DemoValueModelsTests
{
    private static readonly HashSet<string> s_actualMetrics =
    [
        "newCustomersPerMonth", "dealsPerMonth", "avgProductRevenue", "avgPartnerMargin", "servicesAttachRate",
        "servicesPerDeal", "seatsPerCustomer", "winRate", "recurringRevenuePerMonth",
    ];

    [Theory]
    [InlineData(DemoValueModels.NordlichtBackupMsp, "Nordlicht Backup", "MSP")]
    [InlineData(DemoValueModels.NordlichtSecureMailReseller, "Nordlicht Secure Mail", "Reseller")]
    [InlineData(DemoValueModels.NordlichtAnalyticsSuiteSi, "Nordlicht Analytics Suite", "SI")]
    public void Demo_models_validate_and_give_a_positive_npv(string name, string solution, string segment)
    {
        var parsed = ValueModelJson.Parse(DemoValueModels.ReadJson(name));
        Assert.Empty(parsed.Errors);
        var doc = parsed.Document!;
        var compilation = ValueModelCompiler.Compile(doc);

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal((solution, segment), (doc.Solution, doc.Segment));
        var result = compilation.Model!.Evaluate();
        Assert.True(result.Npv > 0);
        Assert.NotNull(doc.Target?.Npv);
        Assert.NotNull(result.PaybackMonth);
        Assert.InRange(result.PaybackMonth!.Value, 1, 18);
        Assert.All(doc.Inputs.Where(i => i.Actual is not null), i => Assert.Contains(i.Actual!, s_actualMetrics));
        Assert.Contains(doc.Inputs, i => i.AskPartners == true);
        Assert.All(doc.Inputs, i => Assert.False(string.IsNullOrEmpty(i.Label?.En) || string.IsNullOrEmpty(i.Label?.De)));
        Assert.All(doc.Drivers, d => Assert.False(string.IsNullOrEmpty(d.Label?.En) || string.IsNullOrEmpty(d.Label?.De)));
        Assert.NotEmpty(SensitivityAnalysis.Run(compilation.Model).Inputs);
    }

    [Fact]
    public void Backup_demo_is_the_worked_example()
    {
        var model = WorkedExample.Compile(DemoValueModels.Load(DemoValueModels.NordlichtBackupMsp));
        var inputs = model.Document.Inputs.ToDictionary(i => i.Name);

        Assert.Equal(177397.48, model.Evaluate().Npv, 0.01);
        Assert.Equal("newCustomersPerMonth", inputs["newCustomersPerMonth"].Actual);
        Assert.Equal("seatsPerCustomer", inputs["seatsPerCustomer"].Actual);
        Assert.Equal("avgPartnerMargin", inputs["recurringMargin"].Actual);
    }

    [Fact]
    public void Secure_mail_margins_are_thin_and_analytics_is_services_heavy()
    {
        var mail = DemoValueModels.Load(DemoValueModels.NordlichtSecureMailReseller);
        var margin = mail.Inputs.Single(i => i.Name == "resaleMargin");
        Assert.Equal((0.03, 0.15), (margin.Low!.Value, margin.High!.Value));

        var analytics = WorkedExample.Compile(DemoValueModels.Load(DemoValueModels.NordlichtAnalyticsSuiteSi));
        var projectMargin = analytics.Document.Inputs.Single(i => i.Name == "projectMargin");
        Assert.Equal((0.3, 0.5), (projectMargin.Low!.Value, projectMargin.High!.Value));
        Assert.True(analytics.Evaluate().ServicesMultiplier > 1.5);
        Assert.True(analytics.Evaluate().TotalInvestment > 14400);
    }

    [Fact]
    public void Unknown_demo_name_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => DemoValueModels.ReadJson("nope"));
        Assert.Equal(3, DemoValueModels.LoadAll().Count);
    }
}
