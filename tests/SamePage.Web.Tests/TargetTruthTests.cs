using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>
/// One target truth: a target changed once on the targets API shows the same value and the same chance on the
/// business case, the cockpit, the targets page, the simulation API and the PDF summary; the model's own target
/// (100,000 € in the demo's Nordlicht Backup · MSP file) appears nowhere.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TargetTruthTests(AppFixture apps)
{
    private const string Backup = "Nordlicht Backup";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_target_changed_once_shows_the_same_value_and_chance_everywhere(string provider)
    {
        using var api = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var model = (await api.GetJsonAsync("/api/v1/value-models")).GetProperty("items").EnumerateArray()
            .Single(m => m.GetProperty("solution").GetString() == Backup && m.GetProperty("segment").GetString() == "MSP");
        var modelId = model.GetProperty("id").GetInt32();
        var ownTarget = (await api.GetJsonAsync($"/api/v1/value-models/{modelId}")).GetProperty("model").GetProperty("target").GetProperty("npv").GetDouble();

        var current = await CurrentTarget.OfAsync(api, Backup, "MSP");
        var currentId = current.GetProperty("id").GetInt32();
        var original = current.GetProperty("factualNpv").GetDecimal();
        const decimal changed = 163_000m;
        Assert.NotEqual((double)changed, ownTarget);
        var put = await api.PutAsJsonAsync($"/api/v1/targets/{currentId}", new { factualNpv = changed });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        try
        {
            var chance = (await (await api.PostAsJsonAsync($"/api/v1/value-models/{modelId}/simulate", new { })).JsonAsync()).GetProperty("probabilityAboveTarget").GetDouble();
            var english = CultureInfo.GetCultureInfo("en-US");
            var money = changed.ToString("N0", english);
            var percent = chance.ToString("P0", english);

            using var manager = await apps[provider].LoginAsync(TestApp.ManagerEmail);
            var businessCase = WebUtility.HtmlDecode(await manager.GetStringAsync($"/models/{modelId}"));
            Assert.Contains($"id=\"kpi-target\">{money} €<", businessCase, StringComparison.Ordinal);
            Assert.Matches($"id=\"kpi-chance\" class=\"v [a-z]+\">{Regex(percent)}<", businessCase);
            Assert.DoesNotContain(ownTarget.ToString("N0", english) + " €", businessCase, StringComparison.Ordinal);

            var cockpit = WebUtility.HtmlDecode(await manager.GetStringAsync("/"));
            var card = cockpit[cockpit.IndexOf($"/models/{modelId}\">{Backup}", StringComparison.Ordinal)..];
            card = card[..card.IndexOf("</article>", StringComparison.Ordinal)];
            Assert.Contains($"<strong>{money} €</strong>", card, StringComparison.Ordinal);
            Assert.Contains(percent, card, StringComparison.Ordinal);

            var targets = WebUtility.HtmlDecode(await manager.GetStringAsync("/targets"));
            Assert.Contains(money, targets, StringComparison.Ordinal);
            Assert.Contains(percent, targets, StringComparison.Ordinal);

            var pdf = await api.GetByteArrayAsync($"/api/v1/reports/summary?solution={Uri.EscapeDataString(Backup)}&segment=MSP&lang=en");
            var text = ReportsWebTests.PdfText(pdf);
            Assert.Contains(ReportsWebTests.Money(changed), text, StringComparison.Ordinal);
            Assert.Contains(percent.Replace("%", "", StringComparison.Ordinal), text, StringComparison.Ordinal);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/targets/{currentId}", new { factualNpv = original })).StatusCode);
        }
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
