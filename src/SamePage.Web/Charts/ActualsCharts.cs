using ScottPlot;

namespace SamePage.Web.Charts;

/// <summary>Charts of the factual value: distribution across partners, realized value per month.</summary>
public static class ActualsCharts
{
    /// <summary>Histogram of a per-partner figure with the quartiles marked (and the target when given).</summary>
    public static Plot Distribution(IReadOnlyList<double> values, string title, string axis, double? p25, double? median, double? p75, double? target = null, string? targetLabel = null)
    {
        var plot = ChartStyle.NewPlot(title);
        if (values.Count == 0)
        {
            return plot;
        }
        var min = values.Min();
        var max = values.Max();
        var bins = Math.Clamp((int)Math.Sqrt(values.Count) + 1, 5, 30);
        var width = max > min ? (max - min) / bins : 1;
        var counts = new int[bins];
        foreach (var v in values)
        {
            counts[Math.Min(bins - 1, (int)((v - min) / width))]++;
        }
        plot.Add.Bars(counts.Select((c, i) => new Bar
        {
            Position = min + (i + 0.5) * width,
            Value = c,
            Size = width * 0.92,
            FillColor = min + (i + 0.5) * width >= 0 ? ChartStyle.Good : ChartStyle.Bad,
        }).ToList());
        foreach (var (value, label) in new[] { (p25, "P25"), (median, "Median"), (p75, "P75") })
        {
            if (value is { } x)
            {
                var line = plot.Add.VerticalLine(x);
                line.Color = ChartStyle.Brand;
                line.LinePattern = label == "Median" ? LinePattern.Solid : LinePattern.Dotted;
                line.Text = label;
                line.LabelFontSize = 10;
            }
        }
        if (target is { } t)
        {
            var line = plot.Add.VerticalLine(t);
            line.Color = ChartStyle.Accent;
            line.LineWidth = 2;
            line.Text = targetLabel ?? "Target";
            line.LabelFontSize = 10;
        }
        plot.XLabel(axis);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    /// <summary>Realized value per month: margin income and services gross profit up, partner costs down, profit as a line.</summary>
    public static Plot MonthlyValue(IReadOnlyList<(DateOnly Month, double Margin, double ServicesProfit, double Costs)> months, string title, string marginLabel, string servicesLabel, string costsLabel, string profitLabel)
    {
        var plot = ChartStyle.NewPlot(title);
        var x = months.Select(m => m.Month.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var bars = new List<Bar>();
        for (var i = 0; i < months.Count; i++)
        {
            var (_, margin, services, costs) = months[i];
            bars.Add(new Bar { Position = x[i], ValueBase = 0, Value = margin, FillColor = ChartStyle.Brand, Size = 20 });
            bars.Add(new Bar { Position = x[i], ValueBase = margin, Value = margin + services, FillColor = ChartStyle.Good, Size = 20 });
            bars.Add(new Bar { Position = x[i], ValueBase = 0, Value = -costs, FillColor = ChartStyle.Bad, Size = 20 });
        }
        plot.Add.Bars(bars);
        var profit = plot.Add.Scatter(x, months.Select(m => m.Margin + m.ServicesProfit - m.Costs).ToArray());
        profit.Color = ChartStyle.Accent;
        profit.LineWidth = 2;
        profit.LegendText = profitLabel;
        plot.Axes.DateTimeTicksBottom();
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = marginLabel, FillColor = ChartStyle.Brand });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = servicesLabel, FillColor = ChartStyle.Good });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = costsLabel, FillColor = ChartStyle.Bad });
        plot.ShowLegend(Alignment.UpperLeft);
        plot.YLabel("€");
        return plot;
    }
}
