using System.Globalization;
using Microsoft.Playwright;

namespace SamePage.Browser.Tests.PageObjects;

/// <summary>The what-if view of a value model, reached from the model list as a user does.</summary>
public sealed class WhatIfPage(IPage page)
{
    public static async Task<WhatIfPage> OpenAsync(IPage page, string solution)
    {
        await page.GotoAsync("/models");
        await page.ClickAsync($"#models-table a:text('{solution}')");
        await page.ClickAsync("a[href$='/whatif']");
        var whatIf = new WhatIfPage(page);
        // Locator waits, not page functions: the page's CSP (rightly) forbids evaluating strings.
        await Assertions.Expect(whatIf.Npv).ToContainTextAsync("€");
        return whatIf;
    }

    public ILocator Npv => page.Locator("#wi-npv");

    /// <summary>The partner npv shown, in whole euros.</summary>
    public async Task<long> NpvEurosAsync() =>
        long.Parse(new string([.. (await Npv.InnerTextAsync()).Where(c => char.IsDigit(c) || c == '-')]), CultureInfo.InvariantCulture);

    /// <summary>Moves an input's slider and waits until the page shows the new value and a new npv.</summary>
    public async Task SetAsync(string input, string value)
    {
        var before = await Npv.InnerTextAsync();
        await page.Locator($"input[name={input}]").FillAsync(value);
        await Assertions.Expect(page.Locator($"#out-{input}")).ToHaveTextAsync(value);
        await Assertions.Expect(Npv).Not.ToHaveTextAsync(before);
    }
}
