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
            var line = plot.Add.HorizontalLine(target);
            line.Color = ChartStyle.Accent;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 2;
            line.Text = targetLabel;
            line.LabelFontSize = 11;
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

    /// <summary>The factual series (median npv per partner, rolling 12 months), the path the plan promises and the target line.</summary>
    public static Plot Trajectory(TargetTrajectoryResult trajectory, string title, string factualLabel, string planLabel, string targetLabel, string perceivedLabel, string perceivedTargetLabel)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var plot = ChartStyle.NewPlot(title);
        if (trajectory.Factual.Count > 0)
        {
            var factual = plot.Add.Scatter(trajectory.Factual.Select(p => p.Month.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(), trajectory.Factual.Select(p => p.Npv).ToArray());
            factual.Color = ChartStyle.Brand;
            factual.LineWidth = 2.5f;
            factual.MarkerSize = 5;
            factual.LegendText = factualLabel;
        }
        if (trajectory.PlannedPath.Count > 0)
        {
            var path = plot.Add.Scatter(trajectory.PlannedPath.Select(p => p.Month.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(), trajectory.PlannedPath.Select(p => p.Npv).ToArray());
            path.Color = ChartStyle.Good;
            path.LinePattern = LinePattern.Dashed;
            path.LineWidth = 2;
            path.MarkerSize = 3;
            path.LegendText = planLabel;
        }
        if (trajectory.Perceived.Count > 0)
        {
            var perceived = plot.Add.Scatter(trajectory.Perceived.Select(p => p.Month.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(), trajectory.Perceived.Select(p => p.Npv).ToArray());
            perceived.Color = ChartStyle.Perceived;
            perceived.LineWidth = 2;
            perceived.MarkerSize = 7;
            perceived.LegendText = perceivedLabel;
        }
        if (trajectory.PerceivedTarget is { } perceivedTarget)
        {
            var line = plot.Add.HorizontalLine(perceivedTarget);
            line.Color = ChartStyle.Perceived;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 1.5f;
            line.LegendText = perceivedTargetLabel;
        }
        if (trajectory.FactualTarget is { } target)
        {
            var line = plot.Add.HorizontalLine(target);
            line.Color = ChartStyle.Accent;
            line.LineWidth = 2;
            line.LegendText = targetLabel;
        }
        var due = plot.Add.VerticalLine(trajectory.DueDate.ToDateTime(TimeOnly.MinValue).ToOADate());
        due.Color = ChartStyle.Neutral;
        due.LinePattern = LinePattern.Dotted;
        plot.Axes.DateTimeTicksBottom();
        // Below the plot: five series would cover the early points.
        plot.ShowLegend(Edge.Bottom);
        plot.YLabel("NPV / partner (€)");
        return plot;
    }
}
