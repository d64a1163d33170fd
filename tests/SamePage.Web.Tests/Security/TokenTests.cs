using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.TestSupport;
using SamePage.Web.Auth;
using SamePage.Web.Hosting;

namespace SamePage.Web.Tests.Security;

/// <summary>Anyone can lock a sign-in by guessing, but not switch off an integration; tokens are listed and revoked one by one.</summary>
[Collection(AppCollection.Name)]
public sealed class TokenTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ten_wrong_passwords_lock_the_sign_in_but_not_the_accounts_tokens(string provider)
    {
        var app = apps[provider];
        var email = $"integration-{provider}@test.example";
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, Roles.Contributor, null, TestApp.Password);
        }
        using var integration = await app.TokenClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync("/api/v1/solutions/")).StatusCode);

        // An anonymous attacker who knows the address.
        using var attacker = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        for (var i = 0; i < 10; i++)
        {
            var form = await attacker.GetStringAsync("/account/login");
            await attacker.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email, ["Password"] = $"guess-{i}-wrong", ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(form),
            }));
        }
        // The right password no longer signs in for now ...
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync(email));
        // ... but the integration keeps working.
        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync("/api/v1/solutions/")).StatusCode);

        // Deactivating the account does stop its tokens.
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetActiveAsync(email, active: false);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await integration.GetAsync("/api/v1/solutions/")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Owners_list_create_and_revoke_their_tokens_and_nobody_elses(string provider)
    {
        var app = apps[provider];
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        using var other = await app.TokenClientAsync(TestApp.OtherPartnerEmail);
        using var admin = await app.TokenClientAsync(TestApp.AdminEmail);

        var created = await partner.PostAsJsonAsync("/api/v1/tokens/", new { name = $"CRM sync {provider}" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = token.GetProperty("id").GetInt32();
        using var crm = new HttpClient { BaseAddress = app.BaseAddress };
        crm.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await crm.GetAsync("/api/v1/solutions/")).StatusCode);

        var mine = await partner.GetJsonAsync("/api/v1/tokens/");
        var listed = mine.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.Equal(TestApp.PartnerEmail, listed.GetProperty("user").GetString());
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
        Assert.DoesNotContain("sp_", mine.GetRawText(), StringComparison.Ordinal);
        // Another partner neither sees nor revokes it, even asking for all tokens.
        var theirs = await other.GetJsonAsync("/api/v1/tokens/?all=true");
        Assert.All(theirs.GetProperty("items").EnumerateArray(), t => Assert.Equal(TestApp.OtherPartnerEmail, t.GetProperty("user").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await crm.GetAsync("/api/v1/solutions/")).StatusCode);
        // Admins see everyone's.
        var all = await admin.GetJsonAsync("/api/v1/tokens/?all=true");
        Assert.Contains(all.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetInt32() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await partner.DeleteAsync($"/api/v1/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await crm.GetAsync("/api/v1/solutions/")).StatusCode);
        var revoked = (await partner.GetJsonAsync("/api/v1/tokens/")).GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("revokedAt").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsJsonAsync("/api/v1/tokens/", new { name = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsJsonAsync("/api/v1/tokens/", new { name = "x", expiresInDays = 0 })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_with_a_lifetime_stops_when_it_expires(string provider)
    {
        var app = apps[provider];
        using var owner = await app.TokenClientAsync(TestApp.ContributorEmail);
        var created = await (await owner.PostAsJsonAsync("/api/v1/tokens/", new { name = $"Quarterly export {provider}", expiresInDays = 90 })).Content.ReadFromJsonAsync<JsonElement>();
        var expiresAt = created.GetProperty("expiresAt").GetDateTimeOffset();
        // 90 days from now, give or take the request.
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddDays(90).AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(90).AddMinutes(5));
        using var script = new HttpClient { BaseAddress = app.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/solutions/")).StatusCode);

        // Its day comes: move the expiry into the past, as time would.
        var id = created.GetProperty("id").GetInt32();
        await using (var db = app.Database.CreateContext())
        {
            var row = await db.PersonalAccessTokens.FindAsync(id);
            row!.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/solutions/")).StatusCode);
        var listed = (await owner.GetJsonAsync("/api/v1/tokens/")).GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("expiresAt").ValueKind);
    }

    [Fact]
    public void An_address_with_twenty_failed_sign_ins_waits_and_other_addresses_do_not()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var throttle = new LoginThrottle(cache, new WebAppOptions(DatabaseTarget.Sqlite("unused.db")));
        for (var i = 0; i < LoginThrottle.MaxFailures - 1; i++)
        {
            throttle.Failed("203.0.113.7");
        }
        Assert.False(throttle.IsBlocked("203.0.113.7"));
        throttle.Failed("203.0.113.7");
        Assert.True(throttle.IsBlocked("203.0.113.7"));
        Assert.False(throttle.IsBlocked("198.51.100.1"));
        // With the rate limits off (tests, trusted networks) nobody is blocked.
        Assert.False(new LoginThrottle(cache, new WebAppOptions(DatabaseTarget.Sqlite("unused.db")) { EnableRateLimiting = false }).IsBlocked("203.0.113.7"));
    }
}
