using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>The vendor decides per target whether partners see it: the API, the business case, the simulation and the partner report.</summary>
[Collection(AppCollection.Name)]
public sealed class TargetSharingTests(AppFixture apps)
{
    private const string Backup = "Nordlicht Backup";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_partner_sees_a_target_only_while_the_vendor_shares_it(string provider)
    {
        using var manager = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        using var partner = await apps[provider].TokenClientAsync(TestApp.PartnerEmail);
        using var partnerPages = await apps[provider].LoginAsync(TestApp.PartnerEmail);
        var modelId = (await manager.GetJsonAsync("/api/v1/value-models")).GetProperty("items").EnumerateArray()
            .Single(m => m.GetProperty("solution").GetString() == Backup && m.GetProperty("segment").GetString() == "MSP").GetProperty("id").GetInt32();
        var current = await CurrentTarget.OfAsync(manager, Backup, "MSP");
        var id = current.GetProperty("id").GetInt32();
        var money = current.GetProperty("factualNpv").GetDecimal().ToString("N0", CultureInfo.GetCultureInfo("en-US")) + " €";

        // Shared (the demo vendor shares its MSP target): the partner sees it.
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/v1/targets/{id}", new { sharedWithPartners = true })).StatusCode);
        Assert.Contains((await partner.GetJsonAsync("/api/v1/targets")).GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetInt32() == id);
        Assert.Contains($"id=\"kpi-target\">{money}<", WebUtility.HtmlDecode(await partnerPages.GetStringAsync($"/models/{modelId}")), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, (await (await partner.PostAsJsonAsync($"/api/v1/value-models/{modelId}/simulate", new { })).JsonAsync()).GetProperty("probabilityAboveTarget").ValueKind);

        try
        {
            Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/v1/targets/{id}", new { sharedWithPartners = false })).StatusCode);
            var items = (await partner.GetJsonAsync("/api/v1/targets")).GetProperty("items").EnumerateArray().ToList();
            Assert.DoesNotContain(items, t => t.GetProperty("id").GetInt32() == id);
            Assert.All(items, t => Assert.True(t.GetProperty("sharedWithPartners").GetBoolean()));
            var page = WebUtility.HtmlDecode(await partnerPages.GetStringAsync($"/models/{modelId}"));
            Assert.Contains("id=\"kpi-target\">–<", page, StringComparison.Ordinal);
            Assert.DoesNotContain(money, page, StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, (await (await partner.PostAsJsonAsync($"/api/v1/value-models/{modelId}/simulate", new { })).JsonAsync()).GetProperty("probabilityAboveTarget").ValueKind);
            var pdf = await partner.GetByteArrayAsync($"/api/v1/reports/partner?partner=P00001&solution={Uri.EscapeDataString(Backup)}&lang=en");
            Assert.DoesNotContain(ReportsWebTests.Money(current.GetProperty("factualNpv").GetDecimal()), ReportsWebTests.PdfText(pdf), StringComparison.Ordinal);

            // Vendor staff still see it everywhere.
            using var managerPages = await apps[provider].LoginAsync(TestApp.ManagerEmail);
            Assert.Contains($"id=\"kpi-target\">{money}<", WebUtility.HtmlDecode(await managerPages.GetStringAsync($"/models/{modelId}")), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Number, (await (await manager.PostAsJsonAsync($"/api/v1/value-models/{modelId}/simulate", new { })).JsonAsync()).GetProperty("probabilityAboveTarget").ValueKind);
        }
        finally
        {
            await manager.PutAsJsonAsync($"/api/v1/targets/{id}", new { sharedWithPartners = true });
        }
    }
}
