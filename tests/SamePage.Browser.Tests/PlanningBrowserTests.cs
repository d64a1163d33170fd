using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PlanningBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Channel_manager_runs_the_planner_and_sees_the_waterfall()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        await page.ClickAsync("nav.mainnav a[href='/measures']");
        await page.WaitForSelectorAsync("#measures-table");
        Assert.Equal(30, await page.Locator("#measures-table tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "measures-register");
        await page.SelectOptionAsync("select[name=view]", "board");
        await page.ClickAsync("#measure-filters button[type=submit]");
        await page.WaitForSelectorAsync("#measure-board");
        Assert.Equal(5, await page.Locator("#measure-board .board-column").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "measures-board");

        await page.ClickAsync("nav.mainnav a[href='/planner']");
        await page.WaitForSelectorAsync("#candidates-table");
        await page.SelectOptionAsync("select[name=pair]", "Nordlicht Backup|MSP");
        await page.WaitForSelectorAsync("#candidates-table");
        await page.FillAsync("input[name=Budget]", "150000");
        await page.ClickAsync("#run-plan");
        await page.WaitForSelectorAsync("#plan-waterfall svg");
        Assert.Contains("Reaches the target", await page.InnerTextAsync("#plan-verdict"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#plan-measures tbody tr").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "planner-reaches");

        await page.SelectOptionAsync("select[name=pair]", "Nordlicht Analytics Suite|SI");
        await page.WaitForSelectorAsync("#candidates-table");
        await page.FillAsync("input[name=Budget]", "200000");
        await page.ClickAsync("#run-plan");
        await page.WaitForSelectorAsync("#plan-waterfall svg");
        Assert.Contains("Cannot reach the target within the budget", await page.InnerTextAsync("#plan-verdict"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "planner-shortfall");

        await page.GotoAsync("/targets");
        await page.ClickAsync("#targets-table tbody tr >> nth=0 >> a");
        await page.WaitForSelectorAsync("#trajectory-chart svg");
        await BrowserFixture.ScreenshotAsync(page, "target-trajectory");
        await page.Context.CloseAsync();
    }
}
