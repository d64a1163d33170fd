namespace SamePage.Web.Reports;

/// <summary>Which report a section belongs in.</summary>
[Flags]
public enum ReportKinds
{
    None = 0,
    Partner = 1,
    Summary = 2,
}

/// <summary>
/// A section other features add to the reports (perceived value, measures that raise the partner's value, ...).
/// Register with <see cref="ReportServices.AddReportSection{T}"/>; every registered section whose <see cref="Kinds"/>
/// matches is rendered, ordered by <see cref="Order"/>. Sections are resolved from the request's (or the batch
/// worker's) scope, so they may take a scoped SamePageDbContext; for a partner user it is filtered to that partner.
/// A partner-report section must speak business talk and may show other partners only as aggregates of at least
/// the anonymity threshold.
/// </summary>
public interface IReportSection
{
    ReportKinds Kinds { get; }

    /// <summary>Position among the sections: <see cref="ReportSectionOrder"/> has the built-in slots.</summary>
    int Order { get; }

    /// <summary>The section's content, or null to leave it out of this report.</summary>
    Task<ReportSectionContent?> BuildAsync(ReportSectionRequest request, CancellationToken cancellationToken);
}

/// <summary>Slots for sections, after the built-in parts of the reports.</summary>
public static class ReportSectionOrder
{
    public const int PerceivedValue = 100;
    public const int Measures = 200;
    public const int Other = 300;
}

/// <summary>What a section is built for: the report kind, solution, segment (null = all), partner (partner reports), language.</summary>
public sealed record ReportSectionRequest(ReportKinds Kind, string Solution, string? Segment, string? PartnerExternalId, ReportLanguage Language)
{
    /// <summary>The partner's factual npv over the report window, when the partner report computed it.</summary>
    public double? FactualNpv { get; init; }
}

/// <summary>A section: title, paragraphs, and optionally a table and a chart (PNG or JPEG, e.g. from <see cref="Charts.ChartStyle.Png"/>).</summary>
public sealed record ReportSectionContent(string Title, IReadOnlyList<string> Paragraphs)
{
    public ReportTable? Table { get; init; }
    public byte[]? Chart { get; init; }
    /// <summary>Height / width of the chart image.</summary>
    public double ChartAspect { get; init; } = 420.0 / 900.0;

    internal IEnumerable<ReportBlock> Blocks()
    {
        yield return new HeadingBlock(Title);
        foreach (var paragraph in Paragraphs)
        {
            yield return new ParagraphBlock(paragraph);
        }
        if (Chart is { } png)
        {
            yield return new ImageBlock(png, ChartAspect);
        }
        if (Table is { } table)
        {
            yield return new TableBlock(table);
        }
    }
}
