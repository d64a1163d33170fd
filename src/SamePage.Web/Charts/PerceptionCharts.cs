using ScottPlot;
using SamePage.Core.Perception;

namespace SamePage.Web.Charts;

/// <summary>Charts of the perception results: value side by side, the gap per input, NPS over waves, relationship health.</summary>
public static class PerceptionCharts
{
    /// <summary>Planned, factual (median across partners) and perceived (median, with the quartile range) partner business value.</summary>
    public static Plot ValueSideBySide(NpvSummary npv, IReadOnlyList<SegmentNpvQuartiles> segments, string title, string planned, string factual, string perceived)
    {
        ArgumentNullException.ThrowIfNull(npv);
        ArgumentNullException.ThrowIfNull(segments);
        var plot = ChartStyle.NewPlot(title);
        var labels = new List<string> { planned, factual };
        var bars = new List<Bar>
        {
            new() { Position = 0, Value = npv.Planned, FillColor = ChartStyle.Brand, Label = ChartStyle.Money(npv.Planned) },
            new() { Position = 1, Value = npv.FactualMedian ?? 0, FillColor = ChartStyle.Good, Label = npv.FactualMedian is { } f ? ChartStyle.Money(f) : "–" },
        };
        if (segments.Count == 0)
        {
            labels.Add(perceived);
            bars.Add(new Bar { Position = 2, Value = npv.PerceivedMedian ?? 0, FillColor = ChartStyle.Perceived, Label = npv.PerceivedMedian is { } p ? ChartStyle.Money(p) : "–" });
        }

        foreach (var segment in segments)
        {
            var position = labels.Count;
            labels.Add(segments.Count == 1 ? perceived : $"{perceived} {segment.Segment}");
            bars.Add(new Bar
            {
                Position = position,
                Value = segment.Median,
                FillColor = ChartStyle.Perceived,
                Label = ChartStyle.Money(segment.Median),
            });
            var range = plot.Add.Line(position, segment.P25, position, segment.P75);
            range.Color = Colors.Black;
            range.LineWidth = 2;
        }

        var added = plot.Add.Bars(bars);
        added.ValueLabelStyle.FontSize = 11;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), [.. labels]);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("NPV €");
        return plot;
    }

    /// <summary>A diverging bar per input: the relative gap in %, blind spots and over-promises coloured, thresholds dashed.</summary>
    public static Plot GapDiverging(IReadOnlyList<PerceptionGap> gaps, Func<string, string> label, Func<GapClassification, string> classification, string title, PerceptionGapThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(classification);
        var limits = thresholds ?? PerceptionGapThresholds.Default;
        var plot = ChartStyle.NewPlot(title);
        var rows = gaps.Where(g => g.RelativeGap is not null).Reverse().ToList();
        var bars = rows.Select((g, i) => new Bar
        {
            Position = i,
            ValueBase = 0,
            Value = g.RelativeGap!.Value * 100,
            FillColor = Color(g.Classification),
            Label = $"{g.RelativeGap!.Value * 100:+0;-0;0} % {(g.Classification == GapClassification.Aligned ? "" : classification(g.Classification))}",
        }).ToList();
        var added = plot.Add.Bars(bars);
        added.Horizontal = true;
        added.ValueLabelStyle.FontSize = 10;
        foreach (var x in new[] { limits.BlindSpotBelow * 100, limits.OverPromiseAbove * 100 })
        {
            var line = plot.Add.VerticalLine(x);
            line.Color = ChartStyle.Neutral;
            line.LinePattern = LinePattern.Dashed;
        }

        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(), [.. rows.Select(g => label(g.Input))]);
        var extent = Math.Max(50, rows.Select(g => Math.Abs(g.RelativeGap!.Value * 100)).DefaultIfEmpty(0).Max() * 1.9);
        plot.Axes.SetLimitsX(-extent, extent);
        plot.XLabel("(perceived − observed) / observed, %");
        return plot;
    }

    /// <summary>NPS per wave with its 95 % interval as a vertical range.</summary>
    public static Plot NpsTrend(IReadOnlyList<(string Wave, NpsSummary? Nps)> waves, string title)
    {
        ArgumentNullException.ThrowIfNull(waves);
        var plot = ChartStyle.NewPlot(title);
        var shown = waves.Select((w, i) => (w.Wave, w.Nps, Position: (double)i)).Where(w => w.Nps is not null).ToList();
        foreach (var (_, nps, position) in shown)
        {
            var range = plot.Add.Line(position, Math.Max(-100, nps!.CiLow), position, Math.Min(100, nps.CiHigh));
            range.Color = ChartStyle.Perceived;
            range.LineWidth = 3;
        }

        if (shown.Count > 0)
        {
            var line = plot.Add.Scatter(shown.Select(s => s.Position).ToArray(), shown.Select(s => s.Nps!.Score).ToArray());
            line.Color = ChartStyle.Brand;
            line.MarkerSize = 9;
            line.LineWidth = 2;
        }

        var zero = plot.Add.HorizontalLine(0);
        zero.Color = ChartStyle.Neutral;
        zero.LineWidth = 1;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, waves.Count).Select(i => (double)i).ToArray(), [.. waves.Select(w => w.Wave)]);
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, waves.Count - 0.5), -100, 100);
        plot.YLabel("NPS");
        return plot;
    }

    /// <summary>Mean answer with its 95 % interval per question on a 1-5 (or 0-10) scale.</summary>
    public static Plot ScaleMeans(IReadOnlyList<(string Label, QuestionStatistics Statistics)> questions, string title, double max)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var plot = ChartStyle.NewPlot(title);
        var rows = questions.Where(q => q.Statistics.Mean is not null).Reverse().ToList();
        var bars = rows.Select((q, i) => new Bar { Position = i, Value = q.Statistics.Mean!.Value, FillColor = ChartStyle.Brand, Label = $"{q.Statistics.Mean!.Value:0.0}" }).ToList();
        var added = plot.Add.Bars(bars);
        added.Horizontal = true;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Statistics.CiLow is { } low && rows[i].Statistics.CiHigh is { } high)
            {
                var range = plot.Add.Line(Math.Max(0, low), i, Math.Min(max, high), i);
                range.Color = Colors.Black;
                range.LineWidth = 2;
            }
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(), [.. rows.Select(r => r.Label)]);
        plot.Axes.SetLimitsX(0, max);
        return plot;
    }

    /// <summary>
    /// Importance against delivery per value driver (mean answers on the 1-5 scales), split at the drivers' average
    /// importance and delivery: important but poorly delivered drivers (lower right) are where partners feel a gap; well
    /// delivered unimportant ones (upper left) may be effort partners do not value. The axes zoom to the drivers.
    /// </summary>
    public static Plot GapMatrix(IReadOnlyList<(string Label, double Importance, double Delivery)> drivers, string title, string importance, string delivery,
        string fix, string keep, string low, string overkill)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        var plot = ChartStyle.NewPlot(title);
        if (drivers.Count == 0)
        {
            return plot;
        }
        var midX = drivers.Average(d => d.Importance);
        var midY = drivers.Average(d => d.Delivery);
        static (double Low, double High) Range(IEnumerable<double> values, double mid)
        {
            var list = values.ToList();
            var half = Math.Max(0.5, Math.Max(mid - list.Min(), list.Max() - mid) + 0.25);
            return (Math.Max(1, mid - half), Math.Min(5, mid + half));
        }
        var (x0, x1) = Range(drivers.Select(d => d.Importance), midX);
        var (y0, y1) = Range(drivers.Select(d => d.Delivery), midY);
        var vertical = plot.Add.VerticalLine(midX);
        vertical.Color = ChartStyle.Neutral;
        vertical.LinePattern = LinePattern.Dashed;
        var horizontal = plot.Add.HorizontalLine(midY);
        horizontal.Color = ChartStyle.Neutral;
        horizontal.LinePattern = LinePattern.Dashed;
        foreach (var (text, x, y, alignment) in new[] { (fix, x1, y0, Alignment.LowerRight), (keep, x1, y1, Alignment.UpperRight), (low, x0, y0, Alignment.LowerLeft), (overkill, x0, y1, Alignment.UpperLeft) })
        {
            var corner = plot.Add.Text(text, x, y);
            corner.LabelFontColor = ChartStyle.Neutral;
            corner.LabelFontSize = 12;
            corner.LabelAlignment = alignment;
            corner.OffsetX = alignment is Alignment.LowerRight or Alignment.UpperRight ? -6 : 6;
            corner.OffsetY = alignment is Alignment.LowerLeft or Alignment.LowerRight ? -6 : 6;
        }
        foreach (var (label, x, y) in drivers)
        {
            var gap = x > midX && y < midY;
            var point = plot.Add.Marker(x, y);
            point.Color = gap ? ChartStyle.Bad : ChartStyle.Brand;
            point.Size = 11;
            var name = plot.Add.Text(label, x, y);
            name.LabelFontSize = 12;
            name.LabelFontColor = gap ? ChartStyle.Bad : Colors.Black;
            name.OffsetX = 8;
            name.LabelAlignment = Alignment.MiddleLeft;
        }
        plot.Axes.SetLimits(x0, x1, y0, y1);
        plot.XLabel(importance);
        plot.YLabel(delivery);
        return plot;
    }

    private static ScottPlot.Color Color(GapClassification classification) => classification switch
    {
        GapClassification.BlindSpot => ChartStyle.Brand,
        GapClassification.OverPromise => ChartStyle.Bad,
        _ => ChartStyle.Neutral,
    };
}
