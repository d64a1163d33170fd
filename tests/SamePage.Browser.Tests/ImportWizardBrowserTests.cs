using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using SamePage.Browser.Tests.PageObjects;
using SamePage.Data;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ImportWizardBrowserTests(BrowserFixture fixture)
{
    /// <summary>
    /// A German Salesforce report saved as Excel: German headers and stage labels, typed date and number cells. The id column
    /// has a name no export uses and one product is unknown; the user fixes both in the preview and imports.
    /// </summary>
    [Fact]
    public async Task A_german_excel_export_is_mapped_fixed_in_the_preview_and_imported()
    {
        var run = Random.Shared.Next(100_000, 999_999);
        string partner;
        await using (var scope = fixture.App.App.Services.CreateAsyncScope())
        {
            partner = await scope.ServiceProvider.GetRequiredService<SamePageDbContext>().Partners.Where(p => p.ExternalId == "P00003").Select(p => p.Name).SingleAsync();
        }

        var rows = new[]
        {
            Row($"VC-{run}-1", partner, "Geschlossen und gewonnen", new DateTime(2025, 11, 28), 12_500.50, "Neukunde", "Nordlicht Backup"),
            Row($"VC-{run}-2", partner, "Geschlossen und verloren", new DateTime(2025, 12, 3), 800, "Bestehender Kunde - Upgrade", "Backup Pro"),
            Row($"VC-{run}-3", partner, "Verhandlung", new DateTime(2025, 12, 9), 99, "Neukunde", "Nordlicht Backup"),
        };
        var path = Path.Join(Path.GetTempPath(), $"verkaufschancen-{run}.xlsx");
        MiniExcel.SaveAs(path, rows);

        var page = await fixture.LoginAsync(TestApp.ManagerEmail, "de-DE");
        await new AppShell(page).SwitchLanguageAsync("de");
        var wizard = await ImportWizardPage.OpenAsync(page, "deals", path);
        await Assertions.Expect(page.Locator("#wizard-detected")).ToContainTextAsync("salesforce-opportunities");
        await Assertions.Expect(wizard.Problems).ToContainTextAsync("columns.externalId");

        await wizard.MapColumnAsync("externalId", "Nr. der Verkaufschance");
        await Assertions.Expect(wizard.Problems).ToBeEmptyAsync();
        await Assertions.Expect(wizard.ErrorCells).ToHaveCountAsync(1);
        await Assertions.Expect(wizard.ErrorCells.First).ToHaveTextAsync("Backup Pro");
        await Assertions.Expect(wizard.PreviewSummary).ToContainTextAsync("1 Zeilen von der Zuordnung übersprungen");

        await wizard.MapValueAsync("solution", "Backup Pro", "Nordlicht Backup");
        await Assertions.Expect(wizard.ErrorCells).ToHaveCountAsync(0);
        await Assertions.Expect(wizard.PreviewSummary).ToContainTextAsync("Keine Probleme");
        await BrowserFixture.ScreenshotAsync(page, "import-wizard-de");

        await wizard.ImportAsync();
        await Assertions.Expect(wizard.Summary).ToContainTextAsync("2 neu, 0 geändert, 0 unverändert");
        await Assertions.Expect(wizard.Summary).ToContainTextAsync("Phase 'Verhandlung' 1");
        await Assertions.Expect(page.Locator("#import-links a:not(.touched)")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#import-links a.touched")).ToHaveTextAsync(partner);
        await wizard.SaveMappingAsync($"salesforce-de-{run}");
        await BrowserFixture.ScreenshotAsync(page, "import-wizard-de-done");
        await new AppShell(page).SwitchLanguageAsync("en");

        await using (var scope = fixture.App.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamePageDbContext>();
            var deals = await db.Deals.Where(d => d.ExternalId.StartsWith($"VC-{run}-")).OrderBy(d => d.ExternalId).ToListAsync();
            Assert.Equal(2, deals.Count);
            Assert.Equal((12_500.50m, new DateOnly(2025, 11, 28), Core.Actuals.DealType.New, Core.Actuals.DealStatus.Won, 0.2m), (deals[0].ProductRevenue, deals[0].Date, deals[0].Type, deals[0].Status, deals[0].PartnerMargin));
            Assert.Equal((800m, Core.Actuals.DealType.Upsell, Core.Actuals.DealStatus.Lost), (deals[1].ProductRevenue, deals[1].Type, deals[1].Status));
            Assert.True(await db.ImportMappingVersions.AnyAsync(m => m.Name == $"salesforce-de-{run}" && m.Version == 1));
        }

        await page.Context.CloseAsync();
        File.Delete(path);
    }

    private static Dictionary<string, object> Row(string id, string partner, string stage, DateTime date, double amount, string type, string product) => new()
    {
        ["Nr. der Verkaufschance"] = id,
        ["Opportunity-Name"] = $"Chance {id}",
        ["Accountname"] = $"Kunde {id}",
        ["Partneraccount"] = partner,
        ["Phase"] = stage,
        ["Schlusstermin"] = date,
        ["Betrag"] = amount,
        ["Typ"] = type,
        ["Produkt"] = product,
    };
}
