using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ModelEditorBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Channel_manager_reorders_inputs_asks_partners_and_sees_errors_at_their_row()
    {
        using var api = await fixture.App.TokenClientAsync(TestApp.ManagerEmail);
        var id = (await api.GetFromJsonAsync<JsonElement>("/api/v1/value-models")).GetProperty("items").EnumerateArray()
            .First(m => m.GetProperty("solution").GetString() == "Nordlicht Secure Mail").GetProperty("id").GetInt32();
        async Task<JsonElement> ModelAsync() => (await api.GetFromJsonAsync<JsonElement>($"/api/v1/value-models/{id}")).GetProperty("model");
        var before = await ModelAsync();
        var names = before.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        await page.GotoAsync($"/models/{id}/edit");
        await page.WaitForSelectorAsync("#inputs-table");
        // Move the second input to the top, ask partners about the third, give it synonyms.
        await page.Locator("#inputs-table tbody tr").Nth(1).Locator("button.move-up").ClickAsync();
        var third = page.Locator("#inputs-table tbody tr").Nth(2);
        await third.Locator("input[type=checkbox]").SetCheckedAsync(true);
        await third.Locator("input[name$='.Synonyms']").FillAsync("first synonym, second synonym");
        await page.FillAsync("input[name=Comment]", "order and survey settings");
        await page.ClickAsync("#model-editor button[type=submit]");
        await page.WaitForSelectorAsync("p.notice");

        var after = await ModelAsync();
        var inputs = after.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal([names[1], names[0], .. names.Skip(2)], inputs.Select(i => i.GetProperty("name").GetString()));
        Assert.True(inputs[2].GetProperty("askPartners").GetBoolean());
        Assert.Equal(["first synonym", "second synonym"], inputs[2].GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));

        // A broken formula is refused and the reason shows under its driver; nothing is saved.
        var version = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/value-models/{id}")).GetProperty("version").GetInt32();
        await page.Locator("#drivers-table tbody tr").First.Locator("input[name$='.Formula']").FillAsync("noSuchInput * (");
        await page.ClickAsync("#model-editor button[type=submit]");
        await page.WaitForSelectorAsync("#drivers-table tr.error-row");
        Assert.Contains("has-error", await page.Locator("#drivers-table tbody tr").First.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Equal(version, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/value-models/{id}")).GetProperty("version").GetInt32());
        await BrowserFixture.ScreenshotAsync(page, "model-editor-error");
        await page.Context.CloseAsync();
    }
}
