using SamePage.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SurveyBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Partner_answers_the_open_survey_on_a_phone_and_the_channel_manager_sees_the_results()
    {
        var page = await fixture.LoginAsync(TestApp.PartnerEmail);
        await page.GotoAsync("/portal");
        await new AppShell(page).SwitchLanguageAsync("en");
        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync("#portal-survey-link a");
        await page.WaitForSelectorAsync("#portal-surveys");
        await page.ClickAsync("#portal-surveys >> text=Nordlicht Backup Autumn 2026");
        await page.WaitForSelectorAsync("#survey-form");

        // Scales by keyboard-reachable labels, estimates by typing: a value in the middle of every range.
        var scales = page.Locator("#survey-form fieldset.scale");
        var count = await scales.CountAsync();
        Assert.True(count >= 10);
        for (var i = 0; i < count; i++)
        {
            await scales.Nth(i).Locator("label").Nth(3).ClickAsync();
        }

        var estimates = page.Locator("#survey-form input[type=number]");
        for (var i = 0; i < await estimates.CountAsync(); i++)
        {
            var max = await estimates.Nth(i).GetAttributeAsync("max");
            var value = max is null ? 1 : double.Parse(max, System.Globalization.CultureInfo.InvariantCulture) / 20;
            await estimates.Nth(i).FillAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.FillAsync("#survey-form textarea", "The onboarding playbook helped us win two customers.");
        await page.ClickAsync("#save-draft");
        await page.WaitForSelectorAsync("#survey-notice");
        Assert.Contains("Draft saved", await page.InnerTextAsync("#response-state"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "survey-portal-phone-draft");

        await page.ClickAsync("#submit-survey");
        await page.WaitForSelectorAsync("#survey-notice");
        Assert.Contains("Submitted", await page.InnerTextAsync("#response-state"), StringComparison.Ordinal);
        await page.ReloadAsync();
        Assert.Contains("Submitted", await page.InnerTextAsync("#response-state"), StringComparison.Ordinal);
        Assert.Equal(count, await page.Locator("#survey-form fieldset.scale input[type=radio]:checked").CountAsync());
        Assert.Equal("The onboarding playbook helped us win two customers.", await page.InputValueAsync("#survey-form textarea"));
        await BrowserFixture.ScreenshotAsync(page, "survey-portal-phone-submitted");
        await page.Context.CloseAsync();

        var manager = await fixture.LoginAsync(TestApp.ManagerEmail);
        await new AppShell(manager).SwitchLanguageAsync("en");
        await new AppShell(manager).NavigateAsync("/surveys");
        await manager.WaitForSelectorAsync("#waves");
        await manager.ClickAsync("#waves >> text=Nordlicht Backup Autumn 2026");
        await manager.WaitForSelectorAsync("#preview-de");
        Assert.Contains("Wie wahrscheinlich", await manager.InnerTextAsync("#preview-de"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(manager, "survey-builder");

        await manager.ClickAsync("text=Results");
        await manager.WaitForSelectorAsync("#chart-gap svg");
        // The gap matrix places every rated driver: one label per importance question.
        var matrix = await manager.InnerHTMLAsync("#chart-gap-matrix");
        Assert.Contains("<svg", matrix, StringComparison.Ordinal);
        Assert.Contains("Fix first", matrix, StringComparison.Ordinal);
        Assert.True(await manager.Locator("#talking-points li").CountAsync() >= 1);
        var gaps = await manager.InnerTextAsync("#gaps");
        Assert.Contains("Blind spot", gaps, StringComparison.Ordinal);
        Assert.Contains("Over-promise", gaps, StringComparison.Ordinal);
        Assert.Contains("(", await manager.InnerTextAsync("#kpi-nps"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(manager, "perception-results");
        await manager.Context.CloseAsync();
    }

    [Fact]
    public async Task Channel_manager_drafts_a_wave_and_the_preview_follows_the_edited_text()
    {
        var page = await fixture.LoginAsync(TestApp.ManagerEmail);
        await page.GotoAsync("/surveys");
        await new AppShell(page).SwitchLanguageAsync("en");
        await page.SelectOptionAsync("#new-wave select[name=Model]", new SelectOptionValue { Index = 0 });
        await page.FillAsync("#new-wave input[name=Name]", "Pilot wave");
        await page.FillAsync("#new-wave input[name=OpensOn]", "2027-01-11");
        await page.FillAsync("#new-wave input[name=ClosesOn]", "2027-02-12");
        await page.ClickAsync("#new-wave button[type=submit]");
        await page.WaitForSelectorAsync("#questions");

        var nps = page.Locator("#questions input[data-preview=nps-de]");
        await nps.FillAsync("Würden Sie uns weiterempfehlen?");
        Assert.Equal("Würden Sie uns weiterempfehlen?", (await page.InnerTextAsync("#preview-de [data-preview-text=nps-de]")).Trim());
        await page.Locator("#questions input[name=Max]").First.FillAsync("25");
        await page.ClickAsync("#save-questions");
        await page.WaitForSelectorAsync("text=Saved.");
        Assert.Equal("25", await page.Locator("#preview-en input[type=number]").First.GetAttributeAsync("max"));
        Assert.Equal("Würden Sie uns weiterempfehlen?", (await page.InnerTextAsync("#preview-de [data-preview-text=nps-de]")).Trim());
        var firstId = await page.Locator("#questions tbody tr td.mono").First.InnerTextAsync();
        await page.Locator("#questions tbody tr").Nth(1).Locator("button[aria-label^='Move up']").ClickAsync();
        await page.WaitForSelectorAsync("#questions");
        Assert.Equal(firstId, await page.Locator("#questions tbody tr").Nth(1).Locator("td.mono").InnerTextAsync());
        await page.ClickAsync("#open-wave");
        await page.WaitForSelectorAsync("#close-wave");
        Assert.Equal("Open", (await page.InnerTextAsync("#wave-status")).Trim());
        await page.Context.CloseAsync();
    }
}
