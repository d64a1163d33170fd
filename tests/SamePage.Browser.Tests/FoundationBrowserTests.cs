using SamePage.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FoundationBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Channel_manager_filters_partners_and_opens_one()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        // The navigation is one line of menus; one menu is open at a time and Escape closes it.
        var value = page.Locator("nav.mainnav details:has(a[href='/models'])");
        var planning = page.Locator("nav.mainnav details:has(a[href='/planner'])");
        await value.Locator("summary").ClickAsync();
        Assert.True(await page.Locator("nav.mainnav a[href='/targets']").IsVisibleAsync());
        await planning.Locator("summary").ClickAsync();
        Assert.False(await page.Locator("nav.mainnav a[href='/targets']").IsVisibleAsync());
        Assert.True(await page.Locator("nav.mainnav a[href='/planner']").IsVisibleAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator("nav.mainnav a[href='/planner']").IsVisibleAsync());
        var navHeight = (await page.Locator("header.topbar").BoundingBoxAsync())!.Height;
        Assert.True(navHeight < 60, $"the top bar is {navHeight}px high: it wraps");

        await new AppShell(page).NavigateAsync("/partners");
        await page.WaitForSelectorAsync("#partners-table");
        var allCount = await page.Locator("#partners-table tbody tr").CountAsync();
        Assert.Equal(50, allCount);

        await page.SelectOptionAsync("select[name=type]", "Msp");
        await page.SelectOptionAsync("select[name=country]", "DE");
        await page.ClickAsync("#partner-filters button[type=submit]");
        await page.WaitForSelectorAsync("#partners-table");
        var typeCells = await page.Locator("#partners-table tbody tr td:nth-child(3)").AllInnerTextsAsync();
        var countryCells = await page.Locator("#partners-table tbody tr td:nth-child(5)").AllInnerTextsAsync();
        Assert.NotEmpty(typeCells);
        Assert.All(typeCells, t => Assert.Equal("MSP", t.Trim()));
        Assert.All(countryCells, c => Assert.Equal("DE", c.Trim()));
        await BrowserFixture.ScreenshotAsync(page, "partners-filtered");

        var first = page.Locator("#partners-table tbody tr td a").First;
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await page.WaitForSelectorAsync("dl.facts");
        Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());
        await BrowserFixture.ScreenshotAsync(page, "partner-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Partner_user_sees_only_its_own_partner()
    {
        var page = await fixture.LoginAsync(TestApp.PartnerEmail);
        Assert.EndsWith("/portal", page.Url);
        var heading = (await page.Locator("h1").InnerTextAsync()).Trim();
        await BrowserFixture.ScreenshotAsync(page, "portal");

        await using var scope = fixture.App.App.Services.CreateAsyncScopeForTests();
        var (own, others) = await scope.PartnerNamesAsync("P00001");
        Assert.Equal(own, heading);
        var body = await page.InnerTextAsync("body");
        Assert.DoesNotContain(others, n => body.Contains(n, StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("nav.mainnav a[href='/partners']").CountAsync());

        var response = await page.GotoAsync("/partners");
        Assert.Contains("/account/denied", page.Url);
        var denied = await page.InnerTextAsync("body");
        Assert.DoesNotContain(others, n => denied.Contains(n, StringComparison.Ordinal));
        Assert.NotNull(response);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_ui_speaks_german()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        await page.GotoAsync("/partners");
        await new AppShell(page).SwitchLanguageAsync("de");
        await page.WaitForSelectorAsync("#partners-table");
        Assert.Contains("Partner", await page.InnerTextAsync("h1"));
        Assert.Equal("Suche nach Name oder externer ID", await page.GetAttributeAsync("input[name=q]", "placeholder"));
        await BrowserFixture.ScreenshotAsync(page, "partners-de");
        // The choice is remembered on the account: switch back so later tests of the manager read English.
        await new AppShell(page).SwitchLanguageAsync("en");
        await page.Context.CloseAsync();
    }
}
