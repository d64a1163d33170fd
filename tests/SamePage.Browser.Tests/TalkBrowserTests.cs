using Microsoft.Playwright;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TalkBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_message_checker_highlights_a_product_sentence_and_suggests_business_talk_as_you_type()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        await page.GotoAsync("/talk/check");
        await page.SelectOptionAsync("#talk-solution", "Nordlicht Backup");
        await page.SelectOptionAsync("#talk-segment", "MSP");
        // Typed, not submitted: the page re-analyses on its own after a short pause.
        await page.Locator("#talk-input").PressSequentiallyAsync("Version 5.2 bringt Deduplizierung für Microsoft 365.\n\nIhre Marge steigt ab März auf 30 %.", new() { Delay = 5 });
        var product = page.Locator("#talk-sentences .s.product");
        await product.First.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal("Version 5.2 bringt Deduplizierung für Microsoft 365.", (await product.First.InnerTextAsync()).Trim());
        var title = await product.First.GetAttributeAsync("title");
        Assert.Contains("Deduplizier (technology)", title, StringComparison.Ordinal);
        Assert.Contains("serviceDelivery", title, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#talk-sentences .s.business").CountAsync());
        var suggestion = (await page.Locator("#talk-suggestions li .text").First.InnerTextAsync()).Trim();
        Assert.StartsWith("Deduplizierung spart Ihnen ~ ", suggestion, StringComparison.Ordinal);
        Assert.Equal("50 %", (await page.Locator("#k-share").InnerTextAsync()).Trim());
        await BrowserFixture.ScreenshotAsync(page, "talk-checker");

        // Apply puts the suggestion in place of the product sentence; the analyzer then judges the text all business.
        await page.Locator("#talk-suggestions li .apply").First.ClickAsync();
        var text = await page.Locator("#talk-input").InputValueAsync();
        Assert.DoesNotContain("Version 5.2 bringt", text, StringComparison.Ordinal);
        Assert.StartsWith(suggestion, text, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#k-share")).ToHaveTextAsync("100 %");
        Assert.Equal(0, await page.Locator("#talk-sentences .s.product").CountAsync());

        // The communications list shows the talk mix chart.
        await page.GotoAsync("/communications");
        await page.WaitForSelectorAsync("#chart-talk-mix svg");
        await BrowserFixture.ScreenshotAsync(page, "communications");
        await page.Context.CloseAsync();
    }
}
