using SamePage.Core.Perception;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Perception;

/// <summary>
/// A tiny model computed by hand: npv = 12 · (deals · margin − cost) with no discounting; planned deals 2, margin 100,
/// cost 50, so the planned npv is 12 · (200 − 50) = 1800.
/// </summary>
public sealed class PerceptionAnalysisTests
{
    private static readonly ValueModelDocument s_model = new()
    {
        Solution = "Tiny",
        Segment = "MSP",
        Currency = "EUR",
        HorizonMonths = 12,
        DiscountRate = 0,
        Inputs =
        [
            new() { Name = "deals", Unit = "count", Low = 1, Likely = 2, High = 3, Actual = "dealsPerMonth", Label = new("Deals per month", "Abschlüsse pro Monat") },
            new() { Name = "margin", Unit = "currency", Likely = 100, AskPartners = true, Label = new("Margin per deal", "Marge pro Abschluss") },
            new() { Name = "cost", Unit = "currency", Likely = 50 },
        ],
        Drivers =
        [
            new() { Name = "income", Category = "benefit", Stream = "resale", Formula = "deals * margin", Label = new("Margin income", "Margenerlöse") },
            new() { Name = "effort", Category = "cost", Formula = "cost", Label = new("Effort", "Aufwand") },
        ],
    };

    private static readonly CompiledValueModel s_compiled = ValueModelCompiler.Compile(s_model).Model!;

    private static readonly IReadOnlyList<SurveyQuestion> s_questions = SurveyGenerator.FromModel(s_model);

    private static readonly SurveyRespondent[] s_respondents =
    [
        new("r1", "P1", "MSP", [new("est.deals", 3), new("est.margin", 80), new("nps", 10), new("overall", 8), new("comment", null, "fine")]),
        new("r2", "P2", "MSP", [new("est.deals", 1), new("nps", 9), new("overall", 6)]),
        new("r3", "P9", "MSP", [new("est.deals", 4), new("est.margin", 120), new("nps", 3), new("overall", 7)]),
    ];

    private static readonly FactualValues s_factual = new(
        new Dictionary<string, double> { ["P1"] = 2000, ["P2"] = 1000, ["P3"] = 4000 },
        new Dictionary<string, IReadOnlyList<double>> { ["deals"] = [2, 2, 3], ["margin"] = [150, 160] });

    [Fact]
    public void Perceived_npv_replaces_planned_inputs_with_each_respondents_estimates()
    {
        var perceived = PerceivedBusinessCase.PerRespondent(s_compiled, s_questions, s_respondents);

        // r1: 12·(3·80 − 50) = 2280; r2: 12·(1·100 − 50) = 600 (margin stays planned); r3: 12·(4·120 − 50) = 5160.
        Assert.Equal([2280, 600, 5160], perceived.Select(p => Math.Round(p.Npv, 6)));
        var segment = Assert.Single(PerceivedBusinessCase.BySegment(perceived));
        // Type 7 over [600, 2280, 5160]: p25 = 600 + 0.5·1680, median 2280, p75 = 2280 + 0.5·2880.
        Assert.Equal(1440, segment.P25, 6);
        Assert.Equal(2280, segment.Median, 6);
        Assert.Equal(3720, segment.P75, 6);
    }

    [Fact]
    public void Analysis_gives_the_report_gaps_partner_gaps_and_ranked_talking_points()
    {
        var analysis = PerceptionAnalysis.Compute(s_compiled, s_questions, s_respondents, s_factual);
        var report = analysis.Report;

        Assert.Equal(3, report.Respondents);
        Assert.Equal(1800, report.Npv.Planned, 6);
        Assert.Equal(2000, report.Npv.FactualMedian!.Value, 6);
        Assert.Equal(2280, report.Npv.PerceivedMedian!.Value, 6);

        // Overall 8, 6, 7: mean 7, sd 1, 95 % interval 7 ± t(0.975, 2)·1/√3 with t = 4.302653.
        var overall = report.Questions.Single(q => q.Id == "overall");
        Assert.Equal(3, overall.N);
        Assert.Equal(7, overall.Mean!.Value, 9);
        Assert.Equal(1, overall.Sd!.Value, 9);
        Assert.Equal(7 - (4.302653 / Math.Sqrt(3)), overall.CiLow!.Value, 5);
        Assert.DoesNotContain(report.Questions, q => q.Id == "comment");

        // NPS 10, 9, 3: pP = 2/3, pD = 1/3, score 33.33, half width 1.96·100·√((1 − 1/9)/3).
        Assert.Equal(3, report.Nps!.N);
        Assert.Equal(100.0 / 3, report.Nps.Score, 9);
        Assert.Equal((100.0 / 3) + (196 * Math.Sqrt(8.0 / 27)), report.Nps.CiHigh, 9);

        // deals: perceived median 3 vs observed 2 → +50 %, over-promise; margin: 100 vs 155 → −35.5 %, blind spot.
        var deals = report.Gaps.Single(g => g.Input == "deals");
        Assert.Equal(0.5, deals.RelativeGap!.Value, 9);
        Assert.Equal(GapClassification.OverPromise, deals.Classification);
        var margin = report.Gaps.Single(g => g.Input == "margin");
        Assert.Equal((100 - 155) / 155.0, margin.RelativeGap!.Value, 9);
        Assert.Equal(GapClassification.BlindSpot, margin.Classification);

        // P1: 2280 − 2000; P2: 600 − 1000; P9 has no factual npv.
        Assert.Equal([("P1", 280.0), ("P2", -400.0)], analysis.PartnerGaps.Select(g => (g.PartnerId, Math.Round(g.Gap, 6))));

        // The blind spot hides 12·2·(155 − 100) = 1320 of npv.
        var point = Assert.Single(analysis.TalkingPoints);
        Assert.Equal("margin", point.Input);
        Assert.Equal(1320, point.HiddenNpv, 6);
        Assert.Equal("Margin per deal", point.Label.En);
        Assert.Equal("Margin income", Assert.Single(point.Drivers).En);
    }

    [Fact]
    public void Report_json_has_the_issues_shape()
    {
        var json = PerceptionAnalysis.Compute(s_compiled, s_questions, s_respondents, s_factual).Report.ToJson();
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(["respondents", "questions", "nps", "npv", "gaps"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "kind", "n", "mean", "sd", "ciLow", "ciHigh"], root.GetProperty("questions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("estimate", root.GetProperty("questions")[0].GetProperty("kind").GetString());
        Assert.Equal(["score", "ciLow", "ciHigh", "n"], root.GetProperty("nps").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["planned", "factualMedian", "perceivedMedian"], root.GetProperty("npv").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["input", "perceivedMedian", "observedMedian", "relativeGap", "classification"], root.GetProperty("gaps")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("blindSpot", root.GetProperty("gaps").EnumerateArray().Single(g => g.GetProperty("input").GetString() == "margin").GetProperty("classification").GetString());
    }

    [Fact]
    public void Configured_thresholds_move_the_classification()
    {
        var wide = new PerceptionGapThresholds(-0.40, 0.60);
        var report = PerceptionAnalysis.Compute(s_compiled, s_questions, s_respondents, s_factual, wide).Report;

        Assert.All(report.Gaps, g => Assert.Equal(GapClassification.Aligned, g.Classification));
    }
}
