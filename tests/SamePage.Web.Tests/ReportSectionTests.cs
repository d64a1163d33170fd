using Microsoft.Extensions.DependencyInjection;
using SamePage.Web.Reports;

namespace SamePage.Web.Tests;

/// <summary>Sections registered through DI land in the reports of their kind, in their order.</summary>
public sealed class ReportSectionTests
{
    [Fact]
    public async Task Registered_sections_render_in_order_in_reports_of_their_kind()
    {
        var services = new ServiceCollection().AddReportSection<MeasuresSection>().AddReportSection<PerceivedSection>().AddReportSection<SummaryOnlySection>().BuildServiceProvider();
        var sections = services.GetServices<IReportSection>();
        var request = new ReportSectionRequest(ReportKinds.Partner, "Nordlicht Backup", "MSP", "P00001", ReportLanguage.English) { FactualNpv = 120_000 };
        var built = await ReportSections.BuildAsync(sections, request);
        Assert.Equal(["Your perceived value", "Measures that will raise your value"], built.Select(b => b.Title));

        var plan = new ReportPlan("Vendor", "Nordlicht Backup", "MSP", null, null, null, null, 5, 0.45m);
        var input = new PartnerReportInput("P00001", "DonauSoft AG", plan, null, null, 0, [], new DateOnly(2026, 11, 29));
        var text = ReportsWebTests.PdfText(PdfReportWriter.Write(PartnerReportComposer.Compose(input, ReportLanguage.English, built)));
        Assert.Contains("You rate the value at 90,000 €, 30,000 € below the 120,000 € your deals show.", text);
        Assert.Contains("Lead sharing", text);
        Assert.True(text.IndexOf("Your perceived value", StringComparison.Ordinal) < text.IndexOf("Measures that will raise your value", StringComparison.Ordinal));
        // Without deals or a model the report still says what to do, and keeps peers private below the threshold.
        Assert.Contains("Fewer than 5 partners in your segment have figures yet", text);
    }

    private sealed class PerceivedSection : IReportSection
    {
        public ReportKinds Kinds => ReportKinds.Partner;
        public int Order => ReportSectionOrder.PerceivedValue;

        public Task<ReportSectionContent?> BuildAsync(ReportSectionRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<ReportSectionContent?>(new ReportSectionContent("Your perceived value",
                [$"You rate the value at {request.Language.Money(90_000d)}, {request.Language.Money(request.FactualNpv!.Value - 90_000)} below the {request.Language.Money(request.FactualNpv.Value)} your deals show."]));
    }

    private sealed class MeasuresSection : IReportSection
    {
        public ReportKinds Kinds => ReportKinds.Partner | ReportKinds.Summary;
        public int Order => ReportSectionOrder.Measures;

        public Task<ReportSectionContent?> BuildAsync(ReportSectionRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<ReportSectionContent?>(new ReportSectionContent("Measures that will raise your value", ["Two measures add to your profit."])
            {
                Table = new ReportTable(["Measure", "Your extra profit"], [["Lead sharing", "12,000 €"], ["Certification subsidy", "4,000 €"]], [false, true]),
            });
    }

    private sealed class SummaryOnlySection : IReportSection
    {
        public ReportKinds Kinds => ReportKinds.Summary;
        public int Order => 0;

        public Task<ReportSectionContent?> BuildAsync(ReportSectionRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<ReportSectionContent?>(new ReportSectionContent("Management only", []));
    }
}
