using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SamePage.TestSupport;
using SamePage.Web.Auth;

namespace SamePage.Web.Tests;

/// <summary>Surveys over the API: partner users write only their own response; cross-partner attempts fail; anonymity.</summary>
[Collection(AppCollection.Name)]
public sealed class SurveysApiTests(AppFixture apps)
{
    private const string Backup = "Nordlicht Backup";

    private static async Task<int> OpenBackupWaveAsync(HttpClient manager)
    {
        var waves = (await manager.GetJsonAsync("/api/v1/surveys")).GetProperty("items").EnumerateArray();
        return waves.Single(w => w.GetProperty("name").GetString() == "Nordlicht Backup Autumn 2026").GetProperty("id").GetInt32();
    }

    private static async Task<string> AnotherMspPartnerUserAsync(TestApp app, HttpClient manager)
    {
        var partners = (await manager.GetJsonAsync("/api/v1/partners?segment=MSP&pageSize=10")).GetProperty("items").EnumerateArray();
        var other = partners.Select(p => p.GetProperty("externalId").GetString()!).First(id => id != "P00001");
        var email = $"msp-{other.ToLowerInvariant()}@test.example";
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        await users.AddAsync(email, Roles.PartnerUser, other, TestApp.Password);

        return email;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Partner_users_answer_only_for_themselves_and_cannot_reach_other_partners(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var wave = await OpenBackupWaveAsync(manager);
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        using var reseller = await app.TokenClientAsync(TestApp.OtherPartnerEmail);

        // P00001 (MSP) sees the Backup wave; P00002 (Reseller) does not, and gets 404 for it.
        Assert.Contains((await partner.GetJsonAsync("/api/v1/surveys")).GetProperty("items").EnumerateArray(), w => w.GetProperty("id").GetInt32() == wave);
        Assert.DoesNotContain((await reseller.GetJsonAsync("/api/v1/surveys")).GetProperty("items").EnumerateArray(), w => w.GetProperty("id").GetInt32() == wave);
        Assert.Equal(HttpStatusCode.NotFound, (await reseller.GetAsync($"/api/v1/surveys/{wave}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reseller.PutAsJsonAsync($"/api/v1/surveys/{wave}/responses", new { answers = new { nps = 0 }, submit = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reseller.GetAsync($"/api/v1/surveys/{wave}/results")).StatusCode);

        // Partner users cannot manage waves; vendor roles cannot answer.
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync("/api/v1/surveys", new { solution = Backup, name = "x", opensOn = "2026-12-01", closesOn = "2026-12-02" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync($"/api/v1/surveys/{wave}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutAsJsonAsync($"/api/v1/surveys/{wave}/responses", new { answers = new { nps = 9 }, submit = true })).StatusCode);

        // Invalid answers are refused with the reason per question; a valid one is saved as the user's own response.
        var invalid = await partner.PutAsJsonAsync($"/api/v1/surveys/{wave}/responses", new { answers = new Dictionary<string, object> { ["nps"] = 11 }, submit = true });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("nps", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await (await partner.PutAsJsonAsync($"/api/v1/surveys/{wave}/responses", new { answers = new Dictionary<string, object> { ["nps"] = 9, ["comment"] = "Top" }, submit = true })).JsonAsync();
        Assert.True(saved.GetProperty("submitted").GetBoolean());
        var own = await partner.GetJsonAsync($"/api/v1/surveys/{wave}/responses");
        Assert.Equal(9, own.GetProperty("answers").GetProperty("nps").GetDouble());

        // Another MSP partner's user sees the same wave but not P00001's answers.
        var otherEmail = await AnotherMspPartnerUserAsync(app, manager);
        using var otherMsp = await app.TokenClientAsync(otherEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherMsp.GetAsync($"/api/v1/surveys/{wave}/responses")).StatusCode);
        var peerView = await otherMsp.GetJsonAsync($"/api/v1/surveys/{wave}/results");
        Assert.Empty(peerView.GetProperty("partnerGaps").EnumerateArray());
        Assert.DoesNotContain("Top", peerView.GetRawText(), StringComparison.Ordinal);

        // Vendor roles read aggregates, not single responses.
        var aggregates = await manager.GetJsonAsync($"/api/v1/surveys/{wave}/responses");
        Assert.True(aggregates.GetProperty("respondents").GetInt32() >= 5);
        Assert.False(aggregates.TryGetProperty("answers", out _));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Below_five_respondents_only_admins_see_aggregates(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        using var admin = await app.TokenClientAsync(TestApp.AdminEmail);
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        var created = await (await manager.PostAsJsonAsync("/api/v1/surveys", new { solution = Backup, name = $"Pilot {provider}", opensOn = "2025-01-06", closesOn = "2025-01-31" })).JsonAsync();
        var wave = created.GetProperty("id").GetInt32();
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Equal("estimate", created.GetProperty("questions")[0].GetProperty("kind").GetString());
        (await manager.PostAsync($"/api/v1/surveys/{wave}/open", null)).EnsureSuccessStatusCode();
        (await partner.PutAsJsonAsync($"/api/v1/surveys/{wave}/responses", new { answers = new { nps = 10, overall = 8 }, submit = true })).EnsureSuccessStatusCode();

        var hidden = await manager.GetJsonAsync($"/api/v1/surveys/{wave}/results");
        Assert.True(hidden.GetProperty("hidden").GetBoolean());
        Assert.Equal(1, hidden.GetProperty("report").GetProperty("respondents").GetInt32());
        Assert.Empty(hidden.GetProperty("report").GetProperty("questions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("report").GetProperty("nps").ValueKind);
        var hiddenReport = await manager.GetJsonAsync($"/api/v1/perception?solution={Uri.EscapeDataString(Backup)}&wave={wave}");
        Assert.Equal(JsonValueKind.Null, hiddenReport.GetProperty("nps").ValueKind);

        var shown = await admin.GetJsonAsync($"/api/v1/surveys/{wave}/results");
        Assert.False(shown.GetProperty("hidden").GetBoolean());
        Assert.Equal(100, shown.GetProperty("report").GetProperty("nps").GetProperty("score").GetDouble());

        var partnerView = await partner.GetJsonAsync($"/api/v1/surveys/{wave}/results");
        Assert.True(partnerView.GetProperty("hidden").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Perception_json_has_the_documented_shape_and_the_demo_gaps(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var report = await manager.GetJsonAsync($"/api/v1/perception?solution={Uri.EscapeDataString(Backup)}&segment=MSP");

        Assert.Equal(["respondents", "questions", "nps", "npv", "gaps"], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "kind", "n", "mean", "sd", "ciLow", "ciHigh"], report.GetProperty("questions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["planned", "factualMedian", "perceivedMedian"], report.GetProperty("npv").EnumerateObject().Select(p => p.Name));
        var classes = report.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("classification").GetString()).ToList();
        Assert.Contains("blindSpot", classes);
        Assert.Contains("overPromise", classes);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/api/v1/perception")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/v1/perception?solution=NoSuchSolution")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Survey_pages_are_for_vendor_roles_and_the_portal_for_partner_users(string provider)
    {
        var app = apps[provider];
        using var manager = await app.LoginAsync(TestApp.ManagerEmail);
        var results = await manager.GetStringAsync("/perception?solution=Nordlicht%20Backup");
        Assert.Contains("id=\"talking-points\"", results, StringComparison.Ordinal);
        Assert.Contains("<svg", results, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/surveys")).StatusCode);

        using var partner = await app.LoginAsync(TestApp.PartnerEmail);
        var denied = await partner.GetAsync("/perception");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await partner.GetAsync("/surveys")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/portal/surveys")).StatusCode);

        using var reseller = await app.LoginAsync(TestApp.OtherPartnerEmail);
        using var managerApi = await app.TokenClientAsync(TestApp.ManagerEmail);
        var wave = await OpenBackupWaveAsync(managerApi);
        Assert.Equal(HttpStatusCode.NotFound, (await reseller.GetAsync($"/portal/surveys/{wave}")).StatusCode);
    }
}
