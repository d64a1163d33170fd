using System.Globalization;
using Microsoft.Playwright;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ValueBrowserTests(BrowserFixture fixture)
{
    private static double Euros(string text) =>
        double.Parse(new string(text.Where(c => char.IsDigit(c) || c == '-').ToArray()), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Cockpit_shows_a_card_per_value_model()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#cockpit-cards");
        Assert.Equal(3, await page.Locator("#cockpit-cards article").CountAsync());
        Assert.Equal(3, await page.Locator("#cockpit-cards svg").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "cockpit");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task What_if_sliders_move_the_partner_npv()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        await page.GotoAsync("/models");
        await page.ClickAsync("#models-table a:text('Nordlicht Backup')");
        await page.ClickAsync("a[href$='/whatif']");
        // Locator waits, not page functions: the page's CSP (rightly) forbids evaluating strings.
        await Assertions.Expect(page.Locator("#wi-npv")).ToContainTextAsync("€");
        var beforeText = await page.InnerTextAsync("#wi-npv");
        var before = Euros(beforeText);
        // More new customers per month can only raise the partner's npv in this model.
        await page.Locator("input[name=newCustomersPerMonth]").FillAsync("4");
        await Assertions.Expect(page.Locator("#out-newCustomersPerMonth")).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("#wi-npv")).Not.ToHaveTextAsync(beforeText);
        var after = Euros(await page.InnerTextAsync("#wi-npv"));
        Assert.True(after > before, $"npv {before} → {after}");
        await BrowserFixture.ScreenshotAsync(page, "what-if");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Partner_home_shows_own_figures_and_no_other_partner()
    {
        var page = await fixture.LoginAsync(TestApp.PartnerEmail);
        await page.WaitForSelectorAsync("#portal-solutions");
        Assert.True(await page.Locator("#portal-solutions .tile").CountAsync() >= 1);
        await using var scope = fixture.App.App.Services.CreateAsyncScopeForTests();
        var (_, others) = await scope.PartnerNamesAsync("P00001");
        var body = await page.InnerTextAsync("body");
        Assert.DoesNotContain(others, n => body.Contains(n, StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "partner-home");

        await page.ClickAsync("#portal-solutions a:text('Your figures')");
        await page.WaitForSelectorAsync("#chart-monthly");
        var figures = await page.InnerTextAsync("body");
        Assert.DoesNotContain(others, n => figures.Contains(n, StringComparison.Ordinal));
        var response = await page.GotoAsync("/actuals/partner/P00002?solution=Nordlicht%20Backup");
        Assert.Equal(404, response!.Status);
        await page.Context.CloseAsync();
    }
}
