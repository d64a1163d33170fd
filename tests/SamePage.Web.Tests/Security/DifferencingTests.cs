using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// The differencing attack on survey anonymity: a wave with one respondent is withheld alone, so asking for it together
/// with a large wave must be withheld too, or the large wave's figures subtracted from the combined ones give that answer.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DifferencingTests(AppFixture apps)
{
    private const string Backup = "Nordlicht Backup";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_small_wave_cannot_be_isolated_by_combining_it_with_a_large_one(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        var waves = await manager.GetJsonAsync("/api/v1/surveys/");
        var large = waves.GetProperty("items").EnumerateArray()
            .First(w => w.GetProperty("solution").GetString() == Backup && w.GetProperty("status").GetString() == "closed").GetProperty("id").GetInt32();
        var created = await (await manager.PostAsJsonAsync("/api/v1/surveys", new { solution = Backup, name = $"Differencing {provider}", opensOn = "2025-02-03", closesOn = "2025-02-28" })).JsonAsync();
        var small = created.GetProperty("id").GetInt32();
        (await manager.PostAsync($"/api/v1/surveys/{small}/open", null)).EnsureSuccessStatusCode();
        (await partner.PutAsJsonAsync($"/api/v1/surveys/{small}/responses", new { answers = new { nps = 0 }, submit = true })).EnsureSuccessStatusCode();

        foreach (var client in new[] { manager, partner })
        {
            var alone = await client.GetJsonAsync($"/api/v1/perception?solution={Uri.EscapeDataString(Backup)}&wave={large}");
            Assert.True(alone.GetProperty("respondents").GetInt32() >= 5);
            Assert.Equal(JsonValueKind.Object, alone.GetProperty("nps").ValueKind);

            var combined = await client.GetJsonAsync($"/api/v1/perception?solution={Uri.EscapeDataString(Backup)}&wave={large}&wave={small}");
            Assert.Equal(alone.GetProperty("respondents").GetInt32() + 1, combined.GetProperty("respondents").GetInt32());
            Assert.Equal(JsonValueKind.Null, combined.GetProperty("nps").ValueKind);
            Assert.Empty(combined.GetProperty("questions").EnumerateArray());
            Assert.Equal(JsonValueKind.Null, combined.GetProperty("npv").GetProperty("perceivedMedian").ValueKind);
        }
    }
}
