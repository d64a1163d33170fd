using ScottPlot;
using SamePage.Core.Planning;
using SamePage.Data.Planning;

namespace SamePage.Web.Charts;

/// <summary>Charts of measures and plans: the contribution waterfall toward the target and a target's trajectory.</summary>
public static class PlanningCharts
{
    /// <summary>
    /// From the baseline npv per partner, one step per participant (up green, down red), to the plan's npv (brand colour),
    /// with the target as a dashed line.
    /// </summary>
    public static Plot Waterfall(ContributionWaterfallResult waterfall, string title, string baselineLabel, string planLabel, string targetLabel)
    {
        ArgumentNullException.ThrowIfNull(waterfall);
        var plot = ChartStyle.NewPlot(title);
        var bars = new List<Bar> { new() { Position = 0, ValueBase = 0, Value = waterfall.BaselineNpv, FillColor = ChartStyle.Neutral } };
        var labels = new List<string> { baselineLabel };
        for (var i = 0; i < waterfall.Steps.Count; i++)
        {
            var step = waterfall.Steps[i];
            bars.Add(new Bar { Position = i + 1, ValueBase = step.NpvBefore, Value = step.NpvAfter, FillColor = step.DeltaNpv >= 0 ? ChartStyle.Good : ChartStyle.Bad });
            labels.Add(step.Participant);
        }
        bars.Add(new Bar { Position = labels.Count, ValueBase = 0, Value = waterfall.PlanNpv, FillColor = ChartStyle.Brand });
        labels.Add(planLabel);
        plot.Add.Bars(bars);
        if (waterfall.TargetNpv is { } target)
        {
            ChartStyle.TargetLine(plot, target, targetLabel, labels.Count - 0.55, LinePattern.Dashed);
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 10;
        plot.Axes.Bottom.MinimumSize = 110;
        var top = Math.Max(waterfall.TargetNpv ?? 0, bars.Max(b => Math.Max(b.Value, b.ValueBase)));
        var bottom = Math.Min(0, bars.Min(b => Math.Min(b.Value, b.ValueBase)));
        plot.Axes.SetLimitsY(bottom, top * 1.08);
        plot.YLabel("NPV / partner (€)");
        return plot;
    }

    /// <summary>
    /// The factual series (median npv per partner, rolling 12 months), the path the plan promises, the perceived median
    /// per survey wave and the factual and perceived target lines.
    /// </summary>
    public static Plot Trajectory(TargetTrajectoryResult trajectory, string title, string factualLabel, string planLabel, string targetLabel, string perceivedLabel, string perceivedTargetLabel)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var plot = ChartStyle.NewPlot(title);
        Series(plot, trajectory.Factual, ChartStyle.Brand, factualLabel, 2.5f, 5, LinePattern.Solid);
        Series(plot, trajectory.PlannedPath, ChartStyle.Good, planLabel, 2, 3, LinePattern.Dashed);
        Series(plot, trajectory.Perceived, ChartStyle.Perceived, perceivedLabel, 2, 7, LinePattern.Solid);
        TargetLine(plot, trajectory.PerceivedTarget, ChartStyle.Perceived, perceivedTargetLabel, LinePattern.Dashed);
        TargetLine(plot, trajectory.FactualTarget, ChartStyle.Accent, targetLabel, LinePattern.Solid);
        var due = plot.Add.VerticalLine(trajectory.DueDate.ToDateTime(TimeOnly.MinValue).ToOADate());
        due.Color = ChartStyle.Neutral;
        due.LinePattern = LinePattern.Dotted;
        plot.Axes.DateTimeTicksBottom();
        // Below the plot: five series would cover the early points.
        plot.ShowLegend(Edge.Bottom);
        plot.YLabel("NPV / partner (€)");
        return plot;
    }

    private static void Series(Plot plot, IReadOnlyList<TrajectoryPoint> points, Color color, string label, float width, float marker, LinePattern pattern)
    {
        if (points.Count == 0)
        {
            return;
        }
        var series = plot.Add.Scatter(points.Select(p => p.Month.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(), points.Select(p => p.Npv).ToArray());
        series.Color = color;
        series.LineWidth = width;
        series.MarkerSize = marker;
        series.LinePattern = pattern;
        series.LegendText = label;
    }

    private static void TargetLine(Plot plot, double? value, Color color, string label, LinePattern pattern)
    {
        if (value is not { } y)
        {
            return;
        }
        var line = plot.Add.HorizontalLine(y);
        line.Color = color;
        line.LinePattern = pattern;
        line.LineWidth = 2;
        line.LegendText = label;
    }
}
