using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Core.Perception;
using SamePage.Data.Perception;
using SamePage.Data.Values;
using SamePage.Web.Charts;
using SamePage.Web.Pages.Models;

namespace SamePage.Web.Pages.Perception;

/// <summary>
/// Perception results per wave, solution and segment: planned, factual and perceived partner business value side by
/// side, the gap per input, NPS with its interval, relationship health, answers per question, the trend across waves
/// and what to tell partners next.
/// </summary>
public sealed class IndexModel(PerceptionResults results, ValueModelStore store, SurveyService surveys, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<StoredValueModel> Models { get; private set; } = [];
    public IReadOnlyList<WaveSummary> AllWaves { get; private set; } = [];
    public string? Solution { get; private set; }
    public string? Segment { get; private set; }
    public int? Wave { get; private set; }
    public PerceptionView? View { get; private set; }
    public ModelLabels? Labels { get; private set; }
    public string ValueSvg { get; private set; } = "";
    public string GapSvg { get; private set; } = "";
    public string NpsSvg { get; private set; } = "";
    public string RelationshipSvg { get; private set; } = "";
    public string MatrixSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? solution, string? segment, int? wave, CancellationToken cancellationToken)
    {
        Models = await store.ListAsync(cancellationToken);
        var waves = await surveys.ListWavesAsync(cancellationToken);
        AllWaves = [.. waves.Where(w => w.Status != Data.Entities.SurveyWaveStatus.Draft).Select(PerceptionResults.Summary)];
        if (wave is { } waveId && waves.FirstOrDefault(w => w.Id == waveId) is { } chosen)
        {
            solution ??= chosen.Solution?.Name;
            segment ??= chosen.Segments.Count == 1 ? chosen.Segments[0] : null;
        }

        var model = Models.FirstOrDefault(m => m.SolutionName == solution) ?? Models.FirstOrDefault();
        if (model is null)
        {
            return Page();
        }

        Solution = model.SolutionName;
        Segment = string.IsNullOrWhiteSpace(segment) ? (model.Entity.Segment.Length > 0 ? model.Entity.Segment : null) : segment;
        Wave = wave;
        View = await results.ComputeAsync(Solution, Segment, wave is null ? null : [wave.Value], cancellationToken);
        if (View is null)
        {
            return Page();
        }

        Labels = new ModelLabels(model.Document);
        string T(string s) => localizer[s];
        var report = View.Report;
        ValueSvg = ChartStyle.Svg(PerceptionCharts.ValueSideBySide(report.Npv, View.Segments, T("Partner business value: planned, factual, perceived"), T("Planned"), T("Factual (median)"), T("Perceived (median)")));
        GapSvg = ChartStyle.Svg(PerceptionCharts.GapDiverging(report.Gaps, Labels.Of, c => T(ClassificationText(c)), T("Perception gap per input")), 640, Math.Max(300, 90 + (45 * report.Gaps.Count)));
        var trend = View.Trend.Select(t => (t.Name, t.Nps)).ToList();
        NpsSvg = ChartStyle.Svg(PerceptionCharts.NpsTrend(trend, T("Partner NPS across waves")));
        var relationship = report.Questions.Where(q => q.Kind == QuestionKind.Relationship)
            .Select(q => (QuestionText(q.Id), q)).ToList();
        RelationshipSvg = ChartStyle.Svg(PerceptionCharts.ScaleMeans(relationship, T("Relationship health (1-5)"), 5));
        var means = report.Questions.Where(q => q.Mean is not null).ToDictionary(q => q.Id, q => q.Mean!.Value);
        var drivers = View.Questions.Where(q => q.Kind == QuestionKind.Importance && q.DriverName is not null)
            .Select(q => (Driver: q.DriverName!, Importance: means.GetValueOrDefault(q.Id, double.NaN),
                Delivery: View.Questions.FirstOrDefault(d => d.Kind == QuestionKind.Delivery && d.DriverName == q.DriverName) is { } d ? means.GetValueOrDefault(d.Id, double.NaN) : double.NaN))
            .Where(d => !double.IsNaN(d.Importance) && !double.IsNaN(d.Delivery))
            .Select(d => (Labels.Of(d.Driver), d.Importance, d.Delivery)).ToList();
        if (drivers.Count > 0)
        {
            MatrixSvg = ChartStyle.Svg(PerceptionCharts.GapMatrix(drivers, T("Gap matrix: importance and delivery per value driver"), T("Importance (mean, 1-5)"), T("Delivery (mean, 1-5)"),
                T("Fix first"), T("Keep up"), T("Low priority"), T("Possible overkill")), 640, 480);
        }
        return Page();
    }

    public static string ClassificationText(GapClassification classification) => classification switch
    {
        GapClassification.BlindSpot => "Blind spot",
        GapClassification.OverPromise => "Over-promise",
        _ => "Aligned",
    };

    public SurveyQuestion? Question(string id) => View?.Questions.FirstOrDefault(q => q.Id == id);

    public string QuestionText(string id) => ModelLabels.Pick(Question(id)?.Text) ?? id;

    /// <summary>An estimate's value as the survey form shows it (percent as %).</summary>
    public string Estimate(string input, double value)
    {
        var question = View?.Questions.FirstOrDefault(q => q.InputName == input);
        return question is null ? value.ToString("0.####", System.Globalization.CultureInfo.CurrentCulture) : SurveyJson.Display(question, value) + (question.Unit == "percent" ? " %" : "");
    }
}
