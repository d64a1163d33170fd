namespace SamePage.Web.Reports;

/// <summary>Builds the registered sections that belong in a report, in their order.</summary>
public static class ReportSections
{
    public static async Task<IReadOnlyList<ReportSectionContent>> BuildAsync(IEnumerable<IReportSection> sections, ReportSectionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(request);
        var built = new List<ReportSectionContent>();
        foreach (var section in sections.Where(s => s.Kinds.HasFlag(request.Kind)).OrderBy(s => s.Order))
        {
            if (await section.BuildAsync(request, cancellationToken) is { } content)
            {
                built.Add(content);
            }
        }
        return built;
    }
}
