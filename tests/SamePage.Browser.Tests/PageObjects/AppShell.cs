using Microsoft.Playwright;

namespace SamePage.Browser.Tests.PageObjects;

/// <summary>What every page has: the language switch and the main navigation.</summary>
public sealed class AppShell(IPage page)
{
    /// <summary>Switches the UI language with the header's buttons and waits for the page in that language.</summary>
    public async Task SwitchLanguageAsync(string language)
    {
        await page.ClickAsync($"#language button[value={language}]");
        await page.WaitForSelectorAsync($"html[lang={language}]");
    }

    /// <summary>Follows a main-navigation link the way a user does: open its menu, then click it.</summary>
    public async Task NavigateAsync(string href)
    {
        var link = page.Locator($"nav.mainnav a[href='{href}']");
        if (!await link.IsVisibleAsync())
        {
            await page.ClickAsync($"nav.mainnav details:has(a[href='{href}']) > summary");
        }
        await link.ClickAsync();
    }
}
