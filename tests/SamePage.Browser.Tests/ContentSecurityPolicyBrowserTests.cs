using SamePage.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

/// <summary>The strict CSP blocks nothing the pages need: no page logs a violation, and their scripts still run.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task No_page_breaks_the_content_security_policy()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        foreach (var path in new[] { "/", "/partners", "/models", "/targets", "/actuals?solution=Nordlicht%20Backup", "/perception", "/surveys",
                     "/communications", "/talk/check", "/measures", "/planner", "/participants", "/imports", "/admin/users", "/audit" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        // The what-if script ran (it fills the figures), so the nonce was accepted.
        await WhatIfPage.OpenAsync(page, "Nordlicht Backup");
        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }
}
