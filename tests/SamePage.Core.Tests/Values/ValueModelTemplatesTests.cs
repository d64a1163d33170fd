using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

/// <summary>
/// The shipped templates: each one is complete and valid, and its business case matches an independent month-by-month
/// computation written out here with the template's literal numbers (the engine is only asked for the figures it must match).
/// </summary>
public sealed class ValueModelTemplatesTests
{
    private const int Horizon = 36;
    private const double YearlyRate = 0.08;

    private static readonly HashSet<string> s_actualMetrics =
    [
        "newCustomersPerMonth", "dealsPerMonth", "avgProductRevenue", "avgPartnerMargin", "servicesAttachRate",
        "servicesPerDeal", "seatsPerCustomer", "winRate", "recurringRevenuePerMonth",
    ];

    public static TheoryData<string> TemplateIds => [.. ValueModelTemplates.Ids];

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Template_is_complete_valid_and_pays_back(string id)
    {
        var parsed = ValueModelJson.Parse(ValueModelTemplates.ReadJson(id));
        Assert.Empty(parsed.Errors);
        var doc = parsed.Document!;
        var compilation = ValueModelCompiler.Compile(doc);
        Assert.Empty(compilation.Diagnostics);

        Assert.Equal("samepage.valuemodel/1", doc.Schema);
        Assert.Equal("EUR", doc.Currency);
        Assert.Equal(Horizon, doc.HorizonMonths);
        Assert.Equal(YearlyRate, doc.DiscountRate);
        Assert.True(doc.Target?.Npv > 0);
        Assert.False(string.IsNullOrEmpty(doc.Description?.En) || string.IsNullOrEmpty(doc.Description?.De));
        Assert.InRange(doc.Inputs.Count, 8, 14);
        Assert.All(doc.Inputs, i => Assert.False(string.IsNullOrEmpty(i.Label?.En) || string.IsNullOrEmpty(i.Label?.De), i.Name));
        Assert.All(doc.Inputs, i => Assert.False(string.IsNullOrEmpty(i.Description?.En) || string.IsNullOrEmpty(i.Description?.De), i.Name));
        Assert.All(doc.Inputs, i => Assert.NotNull(i.Unit));
        Assert.All(doc.Drivers, d => Assert.False(string.IsNullOrEmpty(d.Label?.En) || string.IsNullOrEmpty(d.Label?.De), d.Name));
        Assert.InRange(doc.Inputs.Count(i => i.AskPartners == true), 2, 4);
        Assert.All(doc.Inputs.Where(i => i.Actual is not null), i => Assert.Contains(i.Actual!, s_actualMetrics));

        var result = compilation.Model!.Evaluate();
        Assert.True(result.Npv > 0);
        Assert.NotNull(result.PaybackMonth);
        Assert.InRange(result.PaybackMonth!.Value, 1, Horizon);

        var template = ValueModelTemplates.Find(id)!;
        Assert.Equal(id, template.Id);
        Assert.False(string.IsNullOrEmpty(template.Name.En) || string.IsNullOrEmpty(template.Name.De));
        var forSolution = template.For("Acme Backup", "MSP", "USD");
        Assert.Equal(("Acme Backup", "MSP", "USD"), (forSolution.Solution, forSolution.Segment, forSolution.Currency));
        Assert.Equal(doc.Inputs.Count, forSolution.Inputs.Count);
    }

    [Fact]
    public void Msp_template_matches_a_hand_computation()
    {
        var cf = new double[Horizon + 1];
        for (var m = 1; m <= Horizon; m++)
        {
            var customers = 1 * (1 - Math.Pow(1 - 0.01, m)) / 0.01;
            var seats = customers * 25;
            var licenceMargin = seats * 20 * 0.15;
            var managedServices = seats * 35;
            var onboarding = 1 * 1500.0;
            var presales = 1 * 8 * 60.0;
            var delivery = managedServices * 0.65;
            var certification = m == 1 ? 3000 : 0;
            var enablement = m <= 2 ? 40 * 60 / 2.0 : 0;
            cf[m] = licenceMargin + managedServices + onboarding - presales - delivery - certification - enablement;
        }

        // Month 1: 1 customer, 25 seats: 25·20·0.15 = 75; 25·35 = 875; onboarding 1500; presales 8·60 = 480;
        // delivery 875·0.65 = 568.75; certification 3000; enablement 40·60/2 = 1200 → −2798.75.
        Assert.Equal(-2798.75, cf[1], 1e-9);
        // Month 2: 1.99 customers, 49.75 seats: 149.25 + 1741.25 + 1500 − 480 − 1131.8125 − 1200 = 578.6875.
        Assert.Equal(578.6875, cf[2], 1e-9);
        AssertMatchesEngine("msp-managed-service", cf, 221982.91);
    }

    [Fact]
    public void Reseller_template_matches_a_hand_computation()
    {
        var cf = new double[Horizon + 1];
        for (var m = 1; m <= Horizon; m++)
        {
            var salesRamp = Math.Min(1, m / 3.0);
            var newLicences = 2 * 10000 * salesRamp;
            var licenceMargin = newLicences * 0.2;
            var firstRenewals = m >= 13 ? 2 * 10000 * 0.2 * 0.85 * 0.12 * Math.Min(1, (m - 12) / 3.0) : 0;
            var secondRenewals = m >= 25 ? 2 * 10000 * 0.2 * 0.85 * 0.85 * 0.12 * Math.Min(1, (m - 24) / 3.0) : 0;
            var services = 2 * 0.35 * 3000 * salesRamp;
            var delivery = services * 0.6;
            var sales = 2 * 8 * 60 * salesRamp;
            var investment = m == 1 ? 2500 + 24 * 60 : 0;
            cf[m] = licenceMargin + firstRenewals + secondRenewals + services - delivery - sales - investment;
        }

        // Month 1 (ramp 1/3): margin 20000/3·0.2 = 1333.33; services 700 − delivery 420; sales 320;
        // certification 2500 + enablement 1440 → 4000/3 + 700 − 420 − 320 − 3940 = −7940/3.
        Assert.Equal(-7940 / 3.0, cf[1], 1e-9);
        // Month 2 (ramp 2/3): 8000/3 + 1400 − 840 − 640 = 7760/3.
        Assert.Equal(7760 / 3.0, cf[2], 1e-9);
        // Month 13: full sales plus the first renewals at 1/3 ramp: 4000 + 2100 − 1260 − 960 + 408/3 = 4016.
        Assert.Equal(4016, cf[13], 1e-9);
        AssertMatchesEngine("reseller-licences", cf, 127696.47);
    }

    [Fact]
    public void Si_template_matches_a_hand_computation()
    {
        var cf = new double[Horizon + 1];
        for (var m = 1; m <= Horizon; m++)
        {
            var projects = m >= 3 ? 1 * 40 * 1000.0 : 0;
            var projectDelivery = projects * (1 - 0.35);
            var referral = m >= 3 ? 1 * 30000 * 0.15 : 0;
            var supportCustomers = m >= 6 ? 1 * 0.6 * (m - 5) : 0;
            var support = supportCustomers * 500;
            var supportDelivery = support * 0.55;
            var presales = 1 / 0.3 * 16 * 75;
            var certification = m == 1 ? 6000 : 0;
            var bench = m <= 3 ? 240 * 75 / 3.0 : 0;
            cf[m] = projects - projectDelivery + referral + support - supportDelivery - presales - certification - bench;
        }

        // Month 1: presales 1/0.3·16·75 = 4000, certification 6000, bench 240·75/3 = 6000 → −16000.
        Assert.Equal(-16000, cf[1], 1e-9);
        // Month 2: −4000 − 6000 = −10000.
        Assert.Equal(-10000, cf[2], 1e-9);
        // Month 3: 40000 − 26000 + 4500 − 4000 − 6000 = 8500.
        Assert.Equal(8500, cf[3], 1e-9);
        // Month 6: first support customer share 0.6: 14000 + 4500 + 300 − 165 − 4000 = 14635.
        Assert.Equal(14635, cf[6], 1e-9);
        AssertMatchesEngine("si-projects", cf, 460990.34);
    }

    [Fact]
    public void Cloud_marketplace_template_matches_a_hand_computation()
    {
        var cf = new double[Horizon + 1];
        for (var m = 1; m <= Horizon; m++)
        {
            var customers = 2 * (1 - Math.Pow(1 - 0.01, m)) / 0.01;
            var billing = customers * 1000;
            var subscriptionMargin = billing * (1 - 0.5) * 0.1;
            var partnerCredit = billing * 0.5 * 0.1;
            var migration = 2 * 4000.0;
            var migrationDelivery = migration * 0.6;
            var fees = billing * 0.02;
            var support = customers * 0.5 * 60;
            var certification = m == 1 ? 2000 : 0;
            var enablement = m <= 2 ? 60 * 60 / 2.0 : 0;
            cf[m] = subscriptionMargin + partnerCredit + migration - migrationDelivery - fees - support - certification - enablement;
        }

        // Month 1: 2 customers, billing 2000: margin 100 + credit 100 + migration 8000 − 4800 − fees 40 − support 60
        // − certification 2000 − enablement 1800 → −500.
        Assert.Equal(-500, cf[1], 1e-9);
        // Month 2: 3.98 customers, billing 3980: 199 + 199 + 3200 − 79.6 − 119.4 − 1800 = 1599.
        Assert.Equal(1599, cf[2], 1e-9);
        AssertMatchesEngine("cloud-marketplace", cf, 148043.36);
    }

    [Fact]
    public void Two_tier_template_matches_a_hand_computation()
    {
        var cf = new double[Horizon + 1];
        for (var m = 1; m <= Horizon; m++)
        {
            var salesRamp = Math.Min(1, m / 3.0);
            var listRevenue = 2 * 8000 * salesRamp;
            var resellerMargin = listRevenue * 0.3 * (1 - 0.25);
            var mdf = listRevenue * 0.02;
            var rebate = listRevenue * 0.02;
            var services = 2 * 0.3 * 2500 * salesRamp;
            var delivery = services * 0.6;
            var sales = 2 * 6 * 60 * salesRamp;
            var marketing = 500.0;
            var investment = m == 1 ? 1500 + 16 * 60 : 0;
            cf[m] = resellerMargin + mdf + rebate + services - delivery - sales - marketing - investment;
        }

        // Month 1 (ramp 1/3): list 16000/3; margin ·0.225 = 1200; MDF + rebate 2·106.67; services 500 − 300;
        // sales 240; marketing 500; certification 1500 + enablement 960 → −4760/3.
        Assert.Equal(-4760 / 3.0, cf[1], 1e-9);
        // Month 2 (ramp 2/3): 2400 + 426.67 + 1000 − 600 − 480 − 500 = 6740/3.
        Assert.Equal(6740 / 3.0, cf[2], 1e-9);
        AssertMatchesEngine("two-tier-distribution", cf, 109467.65);
    }

    [Fact]
    public void Every_id_has_a_template_and_unknown_ids_are_not_found()
    {
        Assert.Equal(ValueModelTemplates.Ids, ValueModelTemplates.All.Select(t => t.Id));
        Assert.Equal(
            ["MSP", "Reseller", "SI", "CSP", "Two-tier"],
            ValueModelTemplates.All.Select(t => t.Document.Segment));
        Assert.Null(ValueModelTemplates.Find("nope"));
        Assert.NotNull(ValueModelTemplates.Find(" MSP-Managed-Service "));
        Assert.Throws<ArgumentException>(() => ValueModelTemplates.ReadJson("nope"));
    }

    /// <summary>Hand NPV with i = (1 + r)^(1/12) − 1, then the engine's npv and every month's cash flow against it.</summary>
    private static void AssertMatchesEngine(string id, double[] cf, double documentedNpv)
    {
        var i = Math.Pow(1 + YearlyRate, 1.0 / 12) - 1;
        var expectedNpv = 0.0;
        for (var m = 1; m <= Horizon; m++)
        {
            expectedNpv += cf[m] / Math.Pow(1 + i, m);
        }

        Assert.Equal(documentedNpv, expectedNpv, 0.01);

        var result = WorkedExample.Compile(ValueModelTemplates.Find(id)!.Document).Evaluate();
        Assert.Equal(expectedNpv, result.Npv, 0.01);
        Assert.Equal(Horizon, result.Monthly.Count);
        for (var m = 1; m <= Horizon; m++)
        {
            Assert.Equal(m, result.Monthly[m - 1].Month);
            Assert.Equal(cf[m], result.Monthly[m - 1].CashFlow, 1e-6);
        }
    }
}
