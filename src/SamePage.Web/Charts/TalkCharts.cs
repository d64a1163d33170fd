using ScottPlot;
using SamePage.Data.Talk;

namespace SamePage.Web.Charts;

/// <summary>The talk mix over time: per month, stacked shares of business, bridged, product and neutral sentences.</summary>
public static class TalkCharts
{
    public static readonly Color Business = ChartStyle.Good;
    public static readonly Color Bridged = ChartStyle.Brand;
    public static readonly Color Product = ChartStyle.Accent;

    public static Plot Mix(IReadOnlyList<TalkMixMonth> months, string title, string business, string bridged, string product, string neutral)
    {
        ArgumentNullException.ThrowIfNull(months);
        var plot = ChartStyle.NewPlot(title);
        var bars = new List<Bar>();
        foreach (var m in months)
        {
            var x = m.Month.ToDateTime(TimeOnly.MinValue).ToOADate();
            var bottom = 0.0;
            foreach (var (value, color) in new[] { (m.Business, Business), (m.Bridged, Bridged), (m.Product, Product), (m.Neutral, ChartStyle.Neutral) })
            {
                bars.Add(new Bar { Position = x, ValueBase = bottom * 100, Value = (bottom + value) * 100, FillColor = color, Size = 22, LineWidth = 0 });
                bottom += value;
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.DateTimeTicksBottom();
        // Headroom above 100 % keeps the legend clear of the bars.
        plot.Axes.SetLimitsY(0, 118);
        plot.YLabel("%");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = business, FillColor = Business });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = bridged, FillColor = Bridged });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = product, FillColor = Product });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = neutral, FillColor = ChartStyle.Neutral });
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Alignment.UpperCenter);
        return plot;
    }
}
