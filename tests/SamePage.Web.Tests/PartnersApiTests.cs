using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class PartnersApiTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Anonymous_requests_get_401(string provider)
    {
        using var client = new HttpClient { BaseAddress = apps[provider].BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/partners")).StatusCode);
        using var bad = new HttpClient { BaseAddress = apps[provider].BaseAddress };
        bad.DefaultRequestHeaders.Authorization = new("Bearer", "sp_0000000000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bad.GetAsync("/api/v1/partners")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lists_are_paged_with_items_and_total(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var page = await client.GetJsonAsync("/api/v1/partners?page=2&pageSize=30");
        Assert.True(page.GetProperty("total").GetInt32() >= 200);
        Assert.Equal(30, page.GetProperty("items").GetArrayLength());
        var first = page.GetProperty("items")[0];
        var id = first.GetProperty("id").GetInt32();
        var one = await client.GetJsonAsync($"/api/v1/partners/{id}");
        Assert.Equal(first.GetProperty("externalId").GetString(), one.GetProperty("externalId").GetString());

        var capped = await client.GetJsonAsync("/api/v1/partners?pageSize=100000");
        Assert.Equal(Math.Min(500, capped.GetProperty("total").GetInt32()), capped.GetProperty("items").GetArrayLength());

        var msps = await client.GetJsonAsync("/api/v1/partners?type=msp&pageSize=500");
        Assert.All(msps.GetProperty("items").EnumerateArray(), p => Assert.Equal("msp", p.GetProperty("type").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/partners/999999")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_and_update_validate_and_are_audited(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var bad = await client.PostAsJsonAsync("/api/v1/partners", new { externalId = "", name = "X", type = "msp", country = "Germany" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("country", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("externalId", out _));

        var externalId = $"NEW-{provider}";
        var created = await client.PostAsJsonAsync("/api/v1/partners", new { externalId, name = "Neu GmbH", type = "var", country = "at", tier = "Gold", segment = "Reseller" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var partner = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AT", partner.GetProperty("country").GetString());
        var id = partner.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/v1/partners", new { externalId, name = "Dup", type = "var" })).StatusCode);

        var updated = await client.PutAsJsonAsync($"/api/v1/partners/{id}", new { name = "Neu Renamed GmbH" });
        Assert.Equal("Neu Renamed GmbH", (await updated.JsonAsync()).GetProperty("name").GetString());

        using var admin = await apps[provider].LoginAsync(TestApp.AdminEmail);
        var audit = await admin.GetStringAsync("/audit");
        Assert.Contains("Neu Renamed GmbH", audit);
        Assert.Contains(TestApp.ManagerEmail, audit);
        // The audit log is for admins: partner users and managers are sent to the denied page.
        using var partnerUi = await apps[provider].LoginAsync(TestApp.PartnerEmail);
        Denied.AssertPageDenied(await partnerUi.GetAsync("/audit"));
        using var managerUi = await apps[provider].LoginAsync(TestApp.ManagerEmail);
        Denied.AssertPageDenied(await managerUi.GetAsync("/audit"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Contributors_read_but_cannot_write(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ContributorEmail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/solutions", new { name = "Nope" })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Health_and_openapi_are_public(string provider)
    {
        using var client = new HttpClient { BaseAddress = apps[provider].BaseAddress };
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        var openapi = await client.GetJsonAsync("/openapi/v1.json");
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/api/v1/partners/{id}", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs")).StatusCode);
    }
}
