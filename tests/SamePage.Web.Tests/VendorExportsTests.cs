using System.Net;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class VendorExportsTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Measures_communications_and_survey_results_export_for_vendors_only(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var measures = (await manager.GetStringAsync("/api/v1/exports/measures.csv?solution=Nordlicht%20Backup&status=running")).Trim().Split('\n');
        Assert.StartsWith("id,name,solution", measures[0].TrimStart('\uFEFF'));
        Assert.True(measures.Length > 1);
        Assert.All(measures.Skip(1), row => Assert.Contains(",running,", row));
        var communications = (await manager.GetStringAsync("/api/v1/exports/communications.csv")).Trim().Split('\n');
        Assert.True(communications.Length > 40);
        var survey = (await manager.GetStringAsync("/api/v1/exports/survey-results.csv?solution=Nordlicht%20Backup&segment=MSP")).Trim().Split('\n');
        Assert.Contains(survey, row => row.StartsWith("nps,", StringComparison.Ordinal));

        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        foreach (var table in new[] { "measures", "communications", "survey-results" })
        {
            var refused = await partner.GetAsync($"/api/v1/exports/{table}.csv?solution=Nordlicht%20Backup");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }
}
