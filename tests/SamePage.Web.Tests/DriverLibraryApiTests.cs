using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>The driver library over the API: shipped entries read-only, the vendor's own added, changed and removed.</summary>
[Collection(AppCollection.Name)]
public sealed class DriverLibraryApiTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_vendor_adds_its_own_entries_beside_the_shipped_ones(string provider)
    {
        using var manager = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var shipped = await manager.GetJsonAsync("/api/v1/driver-library");
        var onboarding = shipped.EnumerateArray().Single(e => e.GetProperty("key").GetString() == "onboardingFee");
        Assert.Equal(("samepage", "currency", "Einrichtungsgebühr pro Kunde"),
            (onboarding.GetProperty("source").GetString(), onboarding.GetProperty("unit").GetString(), onboarding.GetProperty("label").GetProperty("de").GetString()));

        var key = "backupVaultFee" + Guid.NewGuid().ToString("N")[..6];
        var entry = new
        {
            key,
            kind = "input",
            label = new { en = "Backup vault fee per customer", de = "Backup-Tresor-Gebühr pro Kunde" },
            explanation = new { en = "What the partner charges per month for the offsite vault.", de = "Was der Partner pro Monat für den externen Tresor berechnet." },
            unit = "currency",
            low = 20,
            likely = 40,
            high = 90,
            synonyms = new[] { "vault", "offsite copy" },
        };
        var created = await manager.PostAsJsonAsync("/api/v1/driver-library", entry);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("vendor", (await created.JsonAsync()).GetProperty("source").GetString());
        Assert.Contains((await manager.GetJsonAsync("/api/v1/driver-library")).EnumerateArray(), e => e.GetProperty("key").GetString() == key);

        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync("/api/v1/driver-library", entry)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync("/api/v1/driver-library", entry with { key = "OnboardingFee" })).StatusCode);
        var noGerman = await manager.PostAsJsonAsync("/api/v1/driver-library", entry with { key = key + "x", label = new { en = "Only English", de = "" } });
        Assert.Equal(HttpStatusCode.BadRequest, noGerman.StatusCode);
        Assert.True((await noGerman.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("label", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PutAsJsonAsync("/api/v1/driver-library/onboardingFee", entry)).StatusCode);

        var changed = await (await manager.PutAsJsonAsync($"/api/v1/driver-library/{key}", entry with { likely = 50 })).JsonAsync();
        Assert.Equal(50, changed.GetProperty("likely").GetDouble());
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PutAsJsonAsync($"/api/v1/driver-library/{key}", entry with { likely = 500 })).StatusCode);

        using var contributor = await apps[provider].TokenClientAsync(TestApp.ContributorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.DeleteAsync($"/api/v1/driver-library/{key}")).StatusCode);
        using var partner = await apps[provider].TokenClientAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/driver-library")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/driver-library/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.DeleteAsync($"/api/v1/driver-library/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.DeleteAsync("/api/v1/driver-library/onboardingFee")).StatusCode);
    }
}
