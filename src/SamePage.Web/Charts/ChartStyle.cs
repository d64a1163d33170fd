using ScottPlot;

namespace SamePage.Web.Charts;

/// <summary>The one chart style for web (SVG), PNG and PDF.</summary>
public static class ChartStyle
{
    public static readonly Color Brand = Color.FromHex("#0f6e8c");
    public static readonly Color Accent = Color.FromHex("#e07a2e");
    public static readonly Color Good = Color.FromHex("#2e8b57");
    public static readonly Color Bad = Color.FromHex("#c0392b");
    public static readonly Color Neutral = Color.FromHex("#8a96a3");
    public static readonly Color Perceived = Color.FromHex("#7b5ea7");

    public static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title, size: 15);
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Title.Label.Bold = false;
        plot.Grid.MajorLineColor = Color.FromHex("#e3e8ee");
        return plot;
    }

    /// <summary>
    /// A horizontal target line labelled inside the plot, at its right end just above the line: a tag on the axis
    /// covered the tick labels. <paramref name="right"/> is the x of the label's right edge in data units.
    /// </summary>
    public static void TargetLine(Plot plot, double y, string label, double right, LinePattern? pattern = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = plot.Add.HorizontalLine(y);
        line.Color = Accent;
        line.LineWidth = 2;
        line.LinePattern = pattern ?? LinePattern.Solid;
        var text = plot.Add.Text(label, right, y);
        text.LabelAlignment = Alignment.LowerRight;
        text.LabelFontColor = Accent;
        text.LabelFontSize = 11;
        text.LabelBold = true;
        text.LabelOffsetY = -2;
    }

    /// <summary>SVG that scales with its container: a viewBox instead of a fixed size.</summary>
    public static string Svg(Plot plot, int width = 640, int height = 340)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = svg.IndexOf('>', start);
        var head = svg[start..end];
        var fixedHead = System.Text.RegularExpressions.Regex.Replace(head, "\\s(width|height)=\"[^\"]*\"", "");
        return svg[..start] + fixedHead + $" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\"" + svg[end..];
    }

    public static byte[] Png(Plot plot, int width = 900, int height = 420) => plot.GetImageBytes(width, height, ImageFormat.Png);

    /// <summary>JPEG for PDFs rendered in bulk: PDF embeds JPEG as is, while a PNG is decoded and compressed again for every document.</summary>
    public static byte[] Jpeg(Plot plot, int width = 900, int height = 420, int quality = 92)
    {
        using var image = plot.GetImage(width, height);
        return image.GetImageBytes(ImageFormat.Jpeg, quality);
    }

    public static string Money(double value) =>
        Math.Abs(value) >= 1_000_000 ? $"{value / 1_000_000:0.#} M" : Math.Abs(value) >= 10_000 ? $"{value / 1000:0} k" : $"{value:0}";
}
