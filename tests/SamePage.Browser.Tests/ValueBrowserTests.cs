using SamePage.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ValueBrowserTests(BrowserFixture fixture)
{
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
        var whatIf = await WhatIfPage.OpenAsync(page, "Nordlicht Backup");
        var before = await whatIf.NpvEurosAsync();
        // More new customers per month can only raise the partner's npv in this model.
        await whatIf.SetAsync("newCustomersPerMonth", "4");
        var after = await whatIf.NpvEurosAsync();
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
