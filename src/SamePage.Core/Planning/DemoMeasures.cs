using SamePage.Core.Values;

namespace SamePage.Core.Planning;

/// <summary>
/// Demo measures for the three demo value models (<see cref="DemoValueModels"/>), across every instrument and participant,
/// with the demo's factual and perceived cases, the number of partners per segment and two planning scenarios: one whose
/// target the candidates reach within the budget and one they cannot.
/// </summary>
public static class DemoMeasures
{
    /// <summary>The editable list of instruments, as delivered.</summary>
    public static IReadOnlyList<string> Instruments { get; } =
    [
        "Pricing / margin", "Incentive / rebate", "MDF", "Enablement / training", "Certification subsidy",
        "Communication", "Lead generation", "Tooling", "Support",
    ];

    /// <summary>Demo participants: departments and two named people.</summary>
    public static IReadOnlyList<string> Participants { get; } =
    [
        "Product management", "Marketing", "Partner enablement", "Channel sales", "Support", "Finance", "Jana Petersen", "Mehmet Kaya",
    ];

    private static readonly DateOnly Jan = new(2027, 1, 1);
    private static readonly DateOnly Jun = new(2027, 6, 30);
    private static readonly DateOnly Dec = new(2027, 12, 31);

    /// <summary>The measures of one demo model (by <see cref="DemoValueModels"/> name).</summary>
    public static IReadOnlyList<MeasureDefinition> For(string demoModel) => demoModel switch
    {
        DemoValueModels.NordlichtBackupMsp => Backup,
        DemoValueModels.NordlichtSecureMailReseller => SecureMail,
        DemoValueModels.NordlichtAnalyticsSuiteSi => Analytics,
        _ => throw new ArgumentException($"Unknown demo model '{demoModel}'. Demo models are: {string.Join(", ", DemoValueModels.Names)}.", nameof(demoModel)),
    };

    /// <summary>All demo measures with the demo model each belongs to.</summary>
    public static IReadOnlyList<(string Model, MeasureDefinition Measure)> All =>
        [.. DemoValueModels.Names.SelectMany(n => For(n).Select(m => (n, m)))];

    /// <summary>Partners in each demo segment (MSP, Reseller, SI).</summary>
    public static int PartnersInSegment(string demoModel) => demoModel switch
    {
        DemoValueModels.NordlichtBackupMsp => 120,
        DemoValueModels.NordlichtSecureMailReseller => 300,
        DemoValueModels.NordlichtAnalyticsSuiteSi => 40,
        _ => throw new ArgumentException($"Unknown demo model '{demoModel}'.", nameof(demoModel)),
    };

    /// <summary>
    /// The demo's factual case (inputs calibrated from the demo actuals: fewer wins and thinner margins than planned) and
    /// perceived case (the survey estimates of the inputs partners are asked about: partners see less than there is).
    /// </summary>
    public static ValueBaselines Baselines(string demoModel) => demoModel switch
    {
        DemoValueModels.NordlichtBackupMsp => new ValueBaselines(
            new Dictionary<string, double> { ["newCustomersPerMonth"] = 1.6, ["recurringMargin"] = 0.22, ["deliveryCostShare"] = 0.6 },
            new Dictionary<string, double> { ["newCustomersPerMonth"] = 1.3, ["seatsPerCustomer"] = 32, ["monthlyChurn"] = 0.015 }),
        DemoValueModels.NordlichtSecureMailReseller => new ValueBaselines(
            new Dictionary<string, double> { ["dealsPerMonth"] = 3.2, ["resaleMargin"] = 0.07, ["renewalRate"] = 0.82 },
            new Dictionary<string, double> { ["dealsPerMonth"] = 2.8, ["resaleMargin"] = 0.05, ["renewalRate"] = 0.8 }),
        DemoValueModels.NordlichtAnalyticsSuiteSi => new ValueBaselines(
            new Dictionary<string, double> { ["dealsPerMonth"] = 0.8, ["winRate"] = 0.26, ["projectMargin"] = 0.36 },
            new Dictionary<string, double> { ["dealsPerMonth"] = 0.7, ["projectDaysPerDeal"] = 32, ["projectMargin"] = 0.32 }),
        _ => throw new ArgumentException($"Unknown demo model '{demoModel}'.", nameof(demoModel)),
    };

    /// <summary>
    /// Demo plans: Nordlicht Backup / MSP and Nordlicht Secure Mail / Reseller reach their factual and perceived targets within
    /// the budget; Nordlicht Analytics Suite / SI cannot reach its factual target within the budget.
    /// </summary>
    public static IReadOnlyList<DemoPlanScenario> Scenarios { get; } =
    [
        new(DemoValueModels.NordlichtBackupMsp, new PlanTargets(160_000, 100_000), 150_000, true),
        new(DemoValueModels.NordlichtSecureMailReseller, new PlanTargets(45_000, 25_000), 60_000, true),
        new(DemoValueModels.NordlichtAnalyticsSuiteSi, new PlanTargets(700_000), 200_000, false),
    ];

    private static MeasureEffect Factual(string input, EffectMode mode, double low, double likely, double high) =>
        new(input, mode, low, likely, high, EffectTarget.Factual);

    private static MeasureEffect Perceived(string input, EffectMode mode, double low, double likely, double high) =>
        new(input, mode, low, likely, high, EffectTarget.Perceived);

    private static MeasureDefinition M(
        string key, string name, string instrument, string owner, double oneOff, double perMonth, DateOnly end,
        MeasureEffect[] effects, string[]? dependsOn = null, string[]? excludes = null) =>
        new(key, name, instrument, owner, oneOff, perMonth, Jan, end, effects, dependsOn ?? [], excludes ?? []);

    private static readonly MeasureDefinition[] Backup =
    [
        M("bk-margin-2pt", "Recurring margin +2 points for MSPs", "Pricing / margin", "Finance", 0, 4_000, Dec,
            [Factual("recurringMargin", EffectMode.Absolute, 0.02, 0.02, 0.02)], excludes: ["bk-margin-4pt"]),
        M("bk-margin-4pt", "Recurring margin +4 points for MSPs", "Pricing / margin", "Finance", 0, 8_000, Dec,
            [Factual("recurringMargin", EffectMode.Absolute, 0.04, 0.04, 0.04)], excludes: ["bk-margin-2pt"]),
        M("bk-growth-rebate", "Growth rebate per new MSP customer", "Incentive / rebate", "Channel sales", 5_000, 2_500, Dec,
            [Factual("newCustomersPerMonth", EffectMode.Absolute, 0.1, 0.3, 0.5)]),
        M("bk-mdf-webinars", "MDF for end-customer webinars", "MDF", "Marketing", 0, 3_000, Jun,
            [Factual("newCustomersPerMonth", EffectMode.Relative, 0.03, 0.1, 0.2)]),
        M("bk-cert-subsidy", "Certification fee subsidy (50 %)", "Certification subsidy", "Partner enablement", 36_000, 0, Dec,
            [Factual("certificationCost", EffectMode.Absolute, -3_000, -3_000, -3_000)]),
        M("bk-automation-playbook", "Automation playbook for backup delivery", "Enablement / training", "Partner enablement", 12_000, 0, Jun,
            [Factual("deliveryCostShare", EffectMode.Relative, -0.12, -0.08, -0.03), Perceived("seatsPerCustomer", EffectMode.Relative, 0, 0.05, 0.1)]),
        M("bk-rmm-integration", "RMM integration that cuts delivery effort", "Tooling", "Product management", 60_000, 0, Dec,
            [Factual("deliveryCostShare", EffectMode.Absolute, -0.08, -0.05, -0.02)]),
        M("bk-value-story", "MSP value story in business talk", "Communication", "Marketing", 8_000, 0, Jun,
            [Perceived("seatsPerCustomer", EffectMode.Relative, 0.05, 0.15, 0.25), Perceived("monthlyChurn", EffectMode.Relative, -0.3, -0.2, -0.1)]),
        M("bk-lead-sharing", "Sharing web leads with certified MSPs", "Lead generation", "Channel sales", 0, 2_000, Dec,
            [Factual("newCustomersPerMonth", EffectMode.Absolute, 0.1, 0.25, 0.4)], dependsOn: ["bk-cert-subsidy"]),
        M("bk-priority-support", "Priority support line for MSP escalations", "Support", "Support", 0, 1_500, Dec,
            [Factual("monthlyChurn", EffectMode.Relative, -0.25, -0.15, -0.05)]),
        M("bk-churn-dashboard", "Churn early-warning dashboard in the RMM", "Tooling", "Jana Petersen", 15_000, 300, Dec,
            [Factual("monthlyChurn", EffectMode.Relative, -0.15, -0.1, -0.05), Perceived("monthlyChurn", EffectMode.Relative, -0.15, -0.1, -0.05)],
            dependsOn: ["bk-rmm-integration"]),
    ];

    private static readonly MeasureDefinition[] SecureMail =
    [
        M("sm-margin-3pt", "Reseller margin +3 points", "Pricing / margin", "Finance", 0, 2_500, Dec,
            [Factual("resaleMargin", EffectMode.Absolute, 0.03, 0.03, 0.03)]),
        M("sm-renewal-bonus", "Renewal bonus for resellers", "Incentive / rebate", "Channel sales", 0, 1_200, Dec,
            [Factual("renewalRate", EffectMode.Absolute, 0.01, 0.03, 0.05)]),
        M("sm-deal-registration", "Deal registration with extra discount", "Incentive / rebate", "Mehmet Kaya", 3_000, 800, Dec,
            [Factual("dealsPerMonth", EffectMode.Relative, 0.05, 0.15, 0.25), Factual("resaleMargin", EffectMode.Absolute, 0, 0.01, 0.02)]),
        M("sm-mdf-campaign", "MDF for reseller mailing campaigns", "MDF", "Marketing", 0, 2_000, Jun,
            [Factual("dealsPerMonth", EffectMode.Absolute, 0.2, 0.5, 0.9)]),
        M("sm-migration-kit", "Mailbox migration kit", "Tooling", "Product management", 25_000, 0, Dec,
            [Factual("deliveryCostShare", EffectMode.Relative, -0.15, -0.1, -0.05), Factual("servicesAttachRate", EffectMode.Absolute, 0.02, 0.05, 0.08)]),
        M("sm-sales-training", "Business-value sales training", "Enablement / training", "Partner enablement", 9_000, 0, Jun,
            [Factual("salesHoursPerDeal", EffectMode.Relative, -0.3, -0.2, -0.1), Perceived("renewalRate", EffectMode.Absolute, 0.02, 0.04, 0.06),
             Perceived("dealsPerMonth", EffectMode.Relative, 0.05, 0.1, 0.15)]),
        M("sm-newsletter", "Partner newsletter in business talk", "Communication", "Marketing", 2_000, 300, Dec,
            [Perceived("resaleMargin", EffectMode.Absolute, 0.01, 0.02, 0.03), Perceived("renewalRate", EffectMode.Absolute, 0.01, 0.03, 0.05)]),
        M("sm-support-scripts", "First-level support scripts for resellers", "Support", "Support", 12_000, 400, Dec,
            [Factual("deliveryCostShare", EffectMode.Relative, -0.08, -0.05, -0.02), Factual("salesHoursPerDeal", EffectMode.Absolute, -1, -0.5, 0)]),
        M("sm-lead-routing", "Routing SMB leads to registered resellers", "Lead generation", "Mehmet Kaya", 0, 1_500, Dec,
            [Factual("dealsPerMonth", EffectMode.Absolute, 0.4, 0.8, 1.2)], dependsOn: ["sm-deal-registration"]),
    ];

    private static readonly MeasureDefinition[] Analytics =
    [
        M("an-margin-3pt", "Licence margin +3 points for SIs", "Pricing / margin", "Finance", 0, 6_000, Dec,
            [Factual("resaleMargin", EffectMode.Absolute, 0.03, 0.03, 0.03)], excludes: ["an-support-rebate"]),
        M("an-cert-subsidy", "Certification subsidy for consultants (50 %)", "Certification subsidy", "Partner enablement", 120_000, 0, Dec,
            [Factual("certificationFeePerConsultant", EffectMode.Relative, -0.5, -0.5, -0.5)]),
        M("an-presales-centre", "Vendor presales competence centre", "Support", "Jana Petersen", 0, 9_000, Dec,
            [Factual("winRate", EffectMode.Absolute, 0.02, 0.05, 0.08), Factual("presalesDaysPerOpportunity", EffectMode.Relative, -0.4, -0.3, -0.1)]),
        M("an-accelerators", "Delivery accelerators (templates, connectors)", "Tooling", "Product management", 90_000, 0, Dec,
            [Factual("projectMargin", EffectMode.Absolute, 0.02, 0.05, 0.08)]),
        M("an-joint-marketing", "Joint marketing with SI partners", "MDF", "Marketing", 0, 7_000, Dec,
            [Factual("dealsPerMonth", EffectMode.Relative, 0.05, 0.2, 0.35)]),
        M("an-named-accounts", "Named-account lead programme", "Lead generation", "Channel sales", 10_000, 4_000, Dec,
            [Factual("dealsPerMonth", EffectMode.Absolute, 0.05, 0.2, 0.3)]),
        M("an-reference-cases", "Reference cases in business talk", "Communication", "Marketing", 15_000, 0, Jun,
            [Perceived("projectDaysPerDeal", EffectMode.Relative, 0.1, 0.2, 0.3), Perceived("projectMargin", EffectMode.Absolute, 0.02, 0.05, 0.07)]),
        M("an-architect-bootcamp", "Solution architect bootcamp", "Enablement / training", "Partner enablement", 30_000, 0, Jun,
            [Factual("trainingDaysPerConsultant", EffectMode.Relative, -0.4, -0.3, -0.2), Perceived("projectDaysPerDeal", EffectMode.Relative, 0.05, 0.1, 0.15)]),
        M("an-support-rebate", "Support attach rebate", "Incentive / rebate", "Mehmet Kaya", 0, 2_000, Dec,
            [Factual("supportAttachRate", EffectMode.Absolute, 0.05, 0.1, 0.15)], excludes: ["an-margin-3pt"]),
        M("an-demo-cloud", "Hosted demo environment for SIs", "Tooling", "Product management", 40_000, 1_000, Dec,
            [Factual("demoEnvironmentCost", EffectMode.Absolute, -8_000, -8_000, -8_000), Factual("winRate", EffectMode.Absolute, 0, 0.02, 0.03)],
            dependsOn: ["an-presales-centre"]),
    ];
}

/// <summary>A demo planning case: a demo model with its targets per partner and a budget on the vendor cost.</summary>
public sealed record DemoPlanScenario(string Model, PlanTargets Targets, double Budget, bool ReachesTarget);
