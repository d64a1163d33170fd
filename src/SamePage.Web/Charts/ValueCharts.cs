using ScottPlot;
using SamePage.Core.Values;

namespace SamePage.Web.Charts;

/// <summary>Charts of the partner business case: cash flow, waterfall, tornado, Monte Carlo histogram.</summary>
public static class ValueCharts
{
    /// <summary>Cumulative cash flow per month with the payback month marked.</summary>
    public static Plot CumulativeCashFlow(BusinessCase result, string title, string monthLabel, string paybackLabel)
    {
        var plot = ChartStyle.NewPlot(title);
        var months = result.Monthly.Select(m => (double)m.Month).ToArray();
        var cumulative = result.Monthly.Select(m => m.Cumulative).ToArray();
        var line = plot.Add.Scatter(months, cumulative);
        line.Color = ChartStyle.Brand;
        line.LineWidth = 2.5f;
        line.MarkerSize = 0;
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = ChartStyle.Neutral;
        zero.LineWidth = 1;
        if (result.PaybackMonth is { } payback)
        {
            var marker = plot.Add.VerticalLine(payback);
            marker.Color = ChartStyle.Good;
            marker.LinePattern = LinePattern.Dashed;
            marker.Text = $"{paybackLabel} {payback}";
            marker.LabelFontSize = 11;
        }
        plot.XLabel(monthLabel);
        plot.YLabel("€");
        return plot;
    }

    /// <summary>Driver waterfall: each benefit up, each cost and investment down, ending at net profit.</summary>
    public static Plot DriverWaterfall(BusinessCase result, string title, Func<string, string> label, string total)
    {
        var plot = ChartStyle.NewPlot(title);
        var steps = result.Drivers.Where(d => d.Category != "metric" && Math.Abs(d.Total) > 0.005)
            .Select(d => (d.Name, Value: d.Category == "benefit" ? d.Total : -d.Total)).ToList();
        var bars = new List<Bar>();
        double running = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            var next = running + steps[i].Value;
            bars.Add(new Bar { Position = i, ValueBase = running, Value = next, FillColor = steps[i].Value >= 0 ? ChartStyle.Good : ChartStyle.Bad });
            running = next;
        }
        bars.Add(new Bar { Position = steps.Count, ValueBase = 0, Value = running, FillColor = ChartStyle.Brand });
        plot.Add.Bars(bars);
        var labels = steps.Select(s => label(s.Name)).Append(total).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, labels.Length).Select(i => (double)i).ToArray(), labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 10;
        plot.Axes.Bottom.MinimumSize = 120;
        plot.YLabel("€");
        return plot;
    }

    /// <summary>Tornado: npv range per input, widest on top, centred on the base npv.</summary>
    public static Plot Tornado(SensitivityResult result, string title, Func<string, string> label)
    {
        var plot = ChartStyle.NewPlot(title);
        var inputs = result.Inputs.Reverse().ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            bars.Add(new Bar { Position = i, ValueBase = result.BaseNpv, Value = input.NpvLow, FillColor = input.NpvLow < result.BaseNpv ? ChartStyle.Bad : ChartStyle.Good });
            bars.Add(new Bar { Position = i, ValueBase = result.BaseNpv, Value = input.NpvHigh, FillColor = input.NpvHigh < result.BaseNpv ? ChartStyle.Bad : ChartStyle.Good });
        }
        var plotBars = plot.Add.Bars(bars);
        plotBars.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, inputs.Count).Select(i => (double)i).ToArray(), inputs.Select(i => label(i.Name)).ToArray());
        var baseLine = plot.Add.VerticalLine(result.BaseNpv);
        baseLine.Color = ChartStyle.Neutral;
        plot.XLabel("NPV €");
        return plot;
    }

    /// <summary>Monte Carlo histogram of npv with the target line.</summary>
    public static Plot Histogram(MonteCarloResult result, string title, string targetLabel)
    {
        var plot = ChartStyle.NewPlot(title);
        var bars = result.Histogram.Select(b => new Bar
        {
            Position = (b.From + b.To) / 2,
            Value = b.Count,
            Size = (b.To - b.From) * 0.95,
            FillColor = result.TargetNpv is { } t && b.From >= t ? ChartStyle.Good : ChartStyle.Neutral,
        }).ToList();
        plot.Add.Bars(bars);
        if (result.TargetNpv is { } target)
        {
            var line = plot.Add.VerticalLine(target);
            line.Color = ChartStyle.Accent;
            line.LineWidth = 2;
            line.Text = targetLabel;
            line.LabelFontSize = 11;
        }
        plot.XLabel("NPV €");
        plot.Axes.Margins(bottom: 0);
        return plot;
    }
}
