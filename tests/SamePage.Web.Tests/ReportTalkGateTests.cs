using SamePage.Core.Talk;
using SamePage.TestSupport;
using SamePage.Web.Reports;

namespace SamePage.Web.Tests;

/// <summary>The reports' partner text passes SamePage's own talk gate with a business share of at least 0.8.</summary>
[Collection(AppCollection.Name)]
public sealed class ReportTalkGateTests(AppFixture apps)
{
    private const double MinBusinessShare = 0.8;

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void Every_partner_sentence_template_together_passes_the_gate(string language)
    {
        var phrases = language == "de" ? ReportPhrases.German : ReportPhrases.English;
        var analysis = new TalkAnalyzer().AnalyzeText(ReportPhrases.PartnerText(phrases));
        Assert.True(TalkGate.Passes(analysis, MinBusinessShare, failWhenUndetermined: true),
            $"business share {analysis.BusinessShare:0.00}; not business: " + string.Join(" | ", analysis.Sentences.Where(s => s.Label != TalkLabel.Business).Select(s => $"{s.Label}: {s.Text}")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task A_rendered_partner_report_passes_the_gate(string language)
    {
        var app = apps["sqlite"];
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        var pdf = await partner.GetByteArrayAsync($"/api/v1/reports/partner?partner=P00001&solution=Nordlicht%20Backup&lang={language}");
        var analysis = new TalkAnalyzer().AnalyzeText(ReportsWebTests.PdfText(pdf));
        Assert.True(TalkGate.Passes(analysis, MinBusinessShare, failWhenUndetermined: true),
            $"business share {analysis.BusinessShare:0.00}; not business: " + string.Join(" | ", analysis.Sentences.Where(s => s.Label != TalkLabel.Business).Select(s => $"{s.Label}: {s.Text}")));
    }
}
