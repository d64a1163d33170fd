using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SamePage.Web.Reports;

/// <summary>Lays a <see cref="ReportDocument"/> out onto A4 pages with PDFsharp: wrapped text, figures, charts, tables, page footers.</summary>
public static class PdfReportWriter
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Margin = 50;
    private const double ContentWidth = PageWidth - (2 * Margin);
    private const double Bottom = PageHeight - Margin - 20;
    private static readonly XColor Brand = XColor.FromArgb(0x0f, 0x6e, 0x8c);
    private static readonly XColor Text = XColor.FromArgb(0x1f, 0x29, 0x33);
    private static readonly XColor Muted = XColor.FromArgb(0x6b, 0x77, 0x85);
    private static readonly XColor Rule = XColor.FromArgb(0xd5, 0xdc, 0xe3);
    private static readonly XColor Good = XColor.FromArgb(0x2e, 0x8b, 0x57);
    private static readonly XColor Bad = XColor.FromArgb(0xc0, 0x39, 0x2b);

    public static byte[] Write(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Creator = "SamePage";
        // Batches render thousands of reports: fast compression costs a few percent of file size, and halves the time.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        new Layout(document).Render(report);
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private sealed class Layout(PdfDocument document)
    {
        private readonly XFont _title = new(ReportFonts.Family, 20, XFontStyleEx.Bold);
        private readonly XFont _heading = new(ReportFonts.Family, 13.5, XFontStyleEx.Bold);
        private readonly XFont _body = new(ReportFonts.Family, 10);
        private readonly XFont _bold = new(ReportFonts.Family, 9, XFontStyleEx.Bold);
        private readonly XFont _small = new(ReportFonts.Family, 8);
        private readonly XFont _kpi = new(ReportFonts.Family, 14, XFontStyleEx.Bold);
        private readonly XFont _cell = new(ReportFonts.Family, 8.5);
        private XGraphics? _gfx;
        private double _y;

        private XGraphics G => _gfx!;

        public void Render(ReportDocument report)
        {
            NewPage();
            G.DrawRectangle(new XSolidBrush(Brand), 0, 0, PageWidth, 8);
            Lines(report.Title, _title, Text, 25);
            Lines(report.Subtitle, _body, Muted, 14);
            _y += 6;
            G.DrawLine(new XPen(Rule, 0.8), Margin, _y, PageWidth - Margin, _y);
            _y += 12;
            var blocks = report.Blocks;
            for (var i = 0; i < blocks.Count; i++)
            {
                switch (blocks[i])
                {
                    case HeadingBlock h:
                        // Keep a heading with at least the start of what follows it.
                        Need(28 + KeepWithHeading(blocks, i + 1));
                        _y += 8;
                        Lines(h.Text, _heading, Brand, 18);
                        _y += 2;
                        break;
                    case ParagraphBlock p:
                        Lines(p.Text, _body, Text, 14);
                        _y += 5;
                        break;
                    case NoteBlock n:
                        Lines(n.Text, _small, Muted, 11);
                        _y += 4;
                        break;
                    case KpiBlock k:
                        Kpis(k);
                        break;
                    case ImageBlock image:
                        Image(image);
                        break;
                    case TableBlock t:
                        Table(t.Table);
                        break;
                }
            }
            var pages = document.PageCount;
            _gfx?.Dispose();
            _gfx = null;
            for (var p = 0; p < pages; p++)
            {
                using var gfx = XGraphics.FromPdfPage(document.Pages[p]);
                var footer = $"{report.Footer} · {p + 1}/{pages}";
                gfx.DrawLine(new XPen(Rule, 0.6), Margin, PageHeight - Margin + 2, PageWidth - Margin, PageHeight - Margin + 2);
                gfx.DrawString(footer, _small, new XSolidBrush(Muted), new XPoint(Margin, PageHeight - Margin + 14));
            }
        }

        /// <summary>The room a heading needs below it: its paragraphs (estimated) and the start of the chart or table after them.</summary>
        private static double KeepWithHeading(IReadOnlyList<ReportBlock> blocks, int from)
        {
            double need = 0;
            for (var j = from; j < blocks.Count; j++)
            {
                switch (blocks[j])
                {
                    case ParagraphBlock:
                        need += 45;
                        continue;
                    case ImageBlock image:
                        return need + (ContentWidth * image.Aspect);
                    case TableBlock table:
                        return need + (15 * (Math.Min(table.Table.Rows.Count, 8) + 1));
                    case KpiBlock:
                        need += 64;
                        continue;
                    default:
                        return Math.Max(need, 40);
                }
            }
            return Math.Max(need, 40);
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        private void Need(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }

        private void Lines(string text, XFont font, XColor color, double lineHeight, double x = Margin, double width = ContentWidth)
        {
            var brush = new XSolidBrush(color);
            foreach (var line in Wrap(text, font, width))
            {
                Need(lineHeight);
                G.DrawString(line, font, brush, new XRect(x, _y, width, lineHeight), XStringFormats.TopLeft);
                _y += lineHeight;
            }
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && G.MeasureString(candidate, font).Width > width)
                    {
                        lines.Add(line);
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }
                lines.Add(line);
            }
            return lines;
        }

        private void Kpis(KpiBlock block)
        {
            const double height = 54;
            const double gap = 8;
            var count = Math.Max(1, block.Items.Count);
            var width = (ContentWidth - ((count - 1) * gap)) / count;
            Need(height + 8);
            for (var i = 0; i < block.Items.Count; i++)
            {
                var item = block.Items[i];
                var x = Margin + (i * (width + gap));
                G.DrawRoundedRectangle(new XPen(Rule, 0.8), new XSolidBrush(XColor.FromArgb(0xf5, 0xf8, 0xfa)), new XRect(x, _y, width, height), new XSize(6, 6));
                var color = item.Good switch { true => Good, false => Bad, null => Text };
                G.DrawString(Fit(item.Value, _kpi, width - 10), _kpi, new XSolidBrush(color), new XRect(x + 6, _y + 6, width - 12, 20), XStringFormats.TopLeft);
                // Labels wrap onto two lines at most, so five figures fit in a row.
                var labelY = _y + 29;
                foreach (var line in Wrap(item.Label, _small, width - 12).Take(2))
                {
                    G.DrawString(Fit(line, _small, width - 12), _small, new XSolidBrush(Muted), new XRect(x + 6, labelY, width - 12, 10), XStringFormats.TopLeft);
                    labelY += 10;
                }
            }
            _y += height + 10;
        }

        private string Fit(string text, XFont font, double width)
        {
            if (G.MeasureString(text, font).Width <= width)
            {
                return text;
            }
            while (text.Length > 1 && G.MeasureString(text + "…", font).Width > width)
            {
                text = text[..^1];
            }
            return text + "…";
        }

        private void Image(ImageBlock block)
        {
            var height = ContentWidth * block.Aspect;
            Need(height + 6);
            using var stream = new MemoryStream(block.Image, writable: false);
            using var image = XImage.FromStream(stream);
            G.DrawImage(image, Margin, _y, ContentWidth, height);
            _y += height + 8;
        }

        private void Table(ReportTable table)
        {
            const double rowHeight = 15;
            var columns = table.Columns.Count;
            // Each further column is as wide as its header or widest cell (at least 55 pt, together at most 65 % of
            // the width); the first column (names) gets the room the others leave.
            var widths = new double[columns];
            for (var c = 1; c < columns; c++)
            {
                var widest = G.MeasureString(table.Columns[c], _bold).Width;
                foreach (var row in table.Rows.Where(r => r.Count > c))
                {
                    widest = Math.Max(widest, G.MeasureString(row[c], _cell).Width);
                }
                widths[c] = Math.Max(55, widest + 10);
            }
            var others = widths.Sum();
            if (others > ContentWidth * 0.65)
            {
                for (var c = 1; c < columns; c++)
                {
                    widths[c] *= ContentWidth * 0.65 / others;
                }
            }
            widths[0] = ContentWidth - widths.Skip(1).Sum();
            double X(int c) => Margin + widths.Take(c).Sum();
            double W(int c) => widths[c];
            void Header()
            {
                Need(rowHeight * 2);
                G.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xea, 0xf1, 0xf5)), Margin, _y, ContentWidth, rowHeight);
                for (var c = 0; c < columns; c++)
                {
                    Cell(table.Columns[c], _bold, Text, X(c), W(c), table.Numeric[c]);
                }
                _y += rowHeight;
            }
            // Short tables stay on one page; long ones repeat their header on each page.
            Need(rowHeight * (Math.Min(table.Rows.Count, 8) + 1));
            Header();
            foreach (var row in table.Rows)
            {
                if (_y + rowHeight > Bottom)
                {
                    NewPage();
                    Header();
                }
                for (var c = 0; c < columns && c < row.Count; c++)
                {
                    var color = table.Numeric[c] && (row[c].StartsWith('-') || row[c].StartsWith('−')) ? Bad : Text;
                    Cell(row[c], _cell, color, X(c), W(c), table.Numeric[c]);
                }
                _y += rowHeight;
                G.DrawLine(new XPen(Rule, 0.4), Margin, _y, PageWidth - Margin, _y);
            }
            _y += 10;
        }

        private void Cell(string text, XFont font, XColor color, double x, double width, bool numeric)
        {
            var rect = new XRect(x + 3, _y + 2, width - 6, 13);
            G.DrawString(Fit(text, font, width - 6), font, new XSolidBrush(color), rect, numeric ? XStringFormats.TopRight : XStringFormats.TopLeft);
        }
    }
}
