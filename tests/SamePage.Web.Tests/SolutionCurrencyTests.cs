using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>A solution's currency, which mapped imports convert into only at a fixed rate.</summary>
[Collection(AppCollection.Name)]
public sealed class SolutionCurrencyTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_solution_is_sold_in_an_iso_currency(string provider)
    {
        using var manager = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var name = $"Currency test {Guid.NewGuid():N}"[..30];
        var created = await manager.PostAsJsonAsync("/api/v1/solutions", new { name, currency = "usd" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var solution = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("USD", solution.GetProperty("currency").GetString());

        var refused = await manager.PutAsJsonAsync($"/api/v1/solutions/{solution.GetProperty("id").GetInt32()}", new { currency = "EURO" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("currency", out _));

        var listed = await manager.GetFromJsonAsync<JsonElement>("/api/v1/solutions");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), s => s.GetProperty("name").GetString() == "Nordlicht Backup" && s.GetProperty("currency").GetString() == "EUR");
    }
}
