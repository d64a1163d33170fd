namespace SamePage.Web.Reports;

/// <summary>A report as a list of blocks, laid out onto A4 pages by <see cref="PdfReportWriter"/>.</summary>
public sealed record ReportDocument(string Title, string Subtitle, string Footer, IReadOnlyList<ReportBlock> Blocks);

/// <summary>One piece of a report, in reading order.</summary>
public abstract record ReportBlock;

public sealed record HeadingBlock(string Text) : ReportBlock;

public sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>Small grey text: sources, windows, privacy notes.</summary>
public sealed record NoteBlock(string Text) : ReportBlock;

/// <summary>A row of headline figures, each a value over its label.</summary>
public sealed record KpiBlock(IReadOnlyList<ReportKpi> Items) : ReportBlock;

public sealed record ReportKpi(string Value, string Label, bool? Good = null);

/// <summary>A chart (PNG or JPEG) drawn over the text width; Height/Width is the image's aspect.</summary>
public sealed record ImageBlock(byte[] Image, double Aspect) : ReportBlock;

public sealed record TableBlock(ReportTable Table) : ReportBlock;

/// <summary>A table: header cells, rows, and which columns hold numbers (right-aligned).</summary>
public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> Numeric);
