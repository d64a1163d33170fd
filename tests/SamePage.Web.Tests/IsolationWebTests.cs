using System.Net;
using System.Net.Http.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>A partner user tries to reach another partner's data through the API, the UI and exports.</summary>
[Collection(AppCollection.Name)]
public sealed class IsolationWebTests(AppFixture apps)
{
    private static async Task<(int Own, int Other, string OtherName)> IdsAsync(TestApp app)
    {
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var items = (await manager.GetJsonAsync("/api/v1/partners?q=P0000&pageSize=10")).GetProperty("items").EnumerateArray().ToList();
        var own = items.Single(p => p.GetProperty("externalId").GetString() == "P00001");
        var other = items.Single(p => p.GetProperty("externalId").GetString() == "P00002");
        return (own.GetProperty("id").GetInt32(), other.GetProperty("id").GetInt32(), other.GetProperty("name").GetString()!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Api_shows_a_partner_user_only_its_own_partner(string provider)
    {
        var app = apps[provider];
        var (own, other, _) = await IdsAsync(app);
        using var client = await app.TokenClientAsync(TestApp.PartnerEmail);
        var list = await client.GetJsonAsync("/api/v1/partners?pageSize=500");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(own, list.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/partners/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/partners/{other}", new { name = "hijack" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/partners/{own}", new { name = "self-promote" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/partners", new { externalId = "X", name = "X", type = "msp" })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ui_and_exports_refuse_other_partners(string provider)
    {
        var app = apps[provider];
        var (_, other, otherName) = await IdsAsync(app);
        using var client = await app.LoginAsync(TestApp.PartnerEmail);

        var vendorPage = await client.GetAsync("/partners");
        Assert.Equal(HttpStatusCode.Redirect, vendorPage.StatusCode);
        Assert.Contains("/account/denied", vendorPage.Headers.Location!.ToString());
        var detail = await client.GetAsync($"/partners/{other}");
        Denied.AssertPageDenied(detail);

        var portal = await client.GetStringAsync("/portal");
        Assert.DoesNotContain(otherName, portal);

        var csv = await client.GetStringAsync("/exports/partners.csv");
        var rows = csv.Trim().Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.Contains("P00001", rows[1]);
        Assert.DoesNotContain("P00002", csv);
        await using var xlsx = await client.GetStreamAsync("/exports/partners.xlsx");
        using var buffer = new MemoryStream();
        await xlsx.CopyToAsync(buffer);
        buffer.Position = 0;
        var sheet = MiniExcelLibs.MiniExcel.Query(buffer, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("P00001", Assert.Single(sheet)["externalId"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Vendor_exports_carry_the_filters(string provider)
    {
        using var client = await apps[provider].LoginAsync(TestApp.ManagerEmail);
        var csv = await client.GetStringAsync("/exports/partners.csv?type=Si");
        var rows = csv.Trim().Split('\n').Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(",si,", r));
    }
}
