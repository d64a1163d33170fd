using SamePage.Browser.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PlanningBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Channel_manager_runs_the_planner_and_sees_the_waterfall()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        await new AppShell(page).NavigateAsync("/measures");
        await page.WaitForSelectorAsync("#measures-table");
        Assert.Equal(30, await page.Locator("#measures-table tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "measures-register");
        await page.SelectOptionAsync("select[name=view]", "board");
        await page.ClickAsync("#measure-filters button[type=submit]");
        await page.WaitForSelectorAsync("#measure-board");
        Assert.Equal(5, await page.Locator("#measure-board .board-column").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "measures-board");

        await new AppShell(page).NavigateAsync("/planner");
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

        await page.GotoAsync("/measures");
        await page.ClickAsync("#measures-table >> text=Growth rebate per new MSP customer");
        await page.WaitForSelectorAsync(".impact-table");
        await BrowserFixture.ScreenshotAsync(page, "measure-impact");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Contributor_sees_their_own_measures_and_the_team_waterfall()
    {
        await using (var db = fixture.App.Database.CreateContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == TestApp.ContributorEmail);
            var jana = await db.Participants.SingleAsync(p => p.Name == "Jana Petersen");
            jana.UserId = user.Id;
            await db.SaveChangesAsync();
        }
        var page = await fixture.LoginAsync(TestApp.ContributorEmail);
        await new AppShell(page).NavigateAsync("/contribution");
        await page.WaitForSelectorAsync("#my-measures");
        Assert.Equal("Jana Petersen", (await page.InnerTextAsync("#my-participants")).Trim());
        var names = await page.Locator("#my-measures tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(["Churn early-warning dashboard in the RMM", "Vendor presales competence centre"], names.Select(n => n.Trim()).Order(StringComparer.Ordinal));
        Assert.True(await page.Locator(".team-waterfall svg").CountAsync() >= 1);
        await BrowserFixture.ScreenshotAsync(page, "my-contribution");
        await page.GotoAsync("/contribution/team");
        await page.WaitForSelectorAsync("#participants-table");
        await BrowserFixture.ScreenshotAsync(page, "every-participant");
        await page.Context.CloseAsync();
    }
}
