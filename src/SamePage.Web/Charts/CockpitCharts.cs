using ScottPlot;

namespace SamePage.Web.Charts;

/// <summary>Target vs planned vs factual vs perceived partner business value, as bars.</summary>
public static class CockpitCharts
{
    public static Plot ValueComparison(string title, string targetLabel, string plannedLabel, string factualLabel, string perceivedLabel,
        double? target, double? planned, double? factual, double? perceived)
    {
        var plot = ChartStyle.NewPlot(title);
        (string Label, double? Value, Color Color)[] bars =
        [
            (plannedLabel, planned, ChartStyle.Brand),
            (factualLabel, factual, ChartStyle.Good),
            (perceivedLabel, perceived, ChartStyle.Perceived),
        ];
        plot.Add.Bars(bars.Select((b, i) => new Bar { Position = i, Value = b.Value ?? 0, FillColor = b.Color, Label = b.Value is { } v ? ChartStyle.Money(v) : "–" }).ToList());
        if (target is { } t)
        {
            ChartStyle.TargetLine(plot, t, targetLabel, bars.Length - 0.55);
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 1, 2], bars.Select(b => b.Label).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.18);
        plot.YLabel("NPV €");
        return plot;
    }
}
