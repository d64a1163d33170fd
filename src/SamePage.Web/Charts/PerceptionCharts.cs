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

    private static ScottPlot.Color Color(GapClassification classification) => classification switch
    {
        GapClassification.BlindSpot => ChartStyle.Brand,
        GapClassification.OverPromise => ChartStyle.Bad,
        _ => ChartStyle.Neutral,
    };
}
