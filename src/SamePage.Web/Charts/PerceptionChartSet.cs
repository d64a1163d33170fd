using SamePage.Core.Perception;
using SamePage.Data.Perception;
using SamePage.Web.Pages.Models;

namespace SamePage.Web.Charts;

/// <summary>The perception results' charts as SVG, shaped from one <see cref="PerceptionView"/>; <see cref="Matrix"/> is empty without importance and delivery answers.</summary>
public sealed record PerceptionChartSet(string Value, string Gap, string Nps, string Relationship, string Matrix)
{
    /// <summary>The UI text key of a gap classification.</summary>
    public static string ClassificationText(GapClassification classification) => classification switch
    {
        GapClassification.BlindSpot => "Blind spot",
        GapClassification.OverPromise => "Over-promise",
        _ => "Aligned",
    };

    /// <param name="text">Localizes a UI text key.</param>
    /// <param name="questionText">The question's text in the UI language.</param>
    public static PerceptionChartSet Build(PerceptionView view, ModelLabels labels, Func<string, string> text, Func<string, string> questionText)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(text);
        var report = view.Report;
        var value = ChartStyle.Svg(PerceptionCharts.ValueSideBySide(report.Npv, view.Segments, text("Partner business value: planned, factual, perceived"), text("Planned"), text("Factual (median)"), text("Perceived (median)")));
        var gap = ChartStyle.Svg(PerceptionCharts.GapDiverging(report.Gaps, labels.Of, c => text(ClassificationText(c)), text("Perception gap per input")), 640, Math.Max(300, 90 + (45 * report.Gaps.Count)));
        var nps = ChartStyle.Svg(PerceptionCharts.NpsTrend([.. view.Trend.Select(t => (t.Name, t.Nps))], text("Partner NPS across waves")));
        var relationship = ChartStyle.Svg(PerceptionCharts.ScaleMeans(
            [.. report.Questions.Where(q => q.Kind == QuestionKind.Relationship).Select(q => (questionText(q.Id), q))], text("Relationship health (1-5)"), 5));
        var drivers = GapMatrixPoints(view).Select(d => (labels.Of(d.Driver), d.Importance, d.Delivery)).ToList();
        var matrix = drivers.Count == 0 ? "" : ChartStyle.Svg(PerceptionCharts.GapMatrix(drivers, text("Gap matrix: importance and delivery per value driver"),
            text("Importance (mean, 1-5)"), text("Delivery (mean, 1-5)"), text("Fix first"), text("Keep up"), text("Low priority"), text("Possible overkill")), 640, 480);
        return new PerceptionChartSet(value, gap, nps, relationship, matrix);
    }

    /// <summary>Mean importance and mean delivery per value driver that has both answered.</summary>
    public static IReadOnlyList<(string Driver, double Importance, double Delivery)> GapMatrixPoints(PerceptionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var means = view.Report.Questions.Where(q => q.Mean is not null).ToDictionary(q => q.Id, q => q.Mean!.Value);
        double Mean(QuestionKind kind, string driver) =>
            view.Questions.FirstOrDefault(q => q.Kind == kind && q.DriverName == driver) is { } q ? means.GetValueOrDefault(q.Id, double.NaN) : double.NaN;
        return [.. view.Questions.Where(q => q.Kind == QuestionKind.Importance && q.DriverName is not null)
            .Select(q => (Driver: q.DriverName!, Importance: Mean(QuestionKind.Importance, q.DriverName!), Delivery: Mean(QuestionKind.Delivery, q.DriverName!)))
            .Where(d => !double.IsNaN(d.Importance) && !double.IsNaN(d.Delivery))];
    }
}
