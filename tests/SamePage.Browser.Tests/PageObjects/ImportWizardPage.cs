using Microsoft.Playwright;

namespace SamePage.Browser.Tests.PageObjects;

/// <summary>The import wizard: a file, its suggested mapping beside SamePage's columns, the live preview, check and import.</summary>
public sealed class ImportWizardPage(IPage page)
{
    public static async Task<ImportWizardPage> OpenAsync(IPage page, string kind, string file)
    {
        await page.GotoAsync("/imports");
        await page.SelectOptionAsync("#import-kind", kind);
        await page.SetInputFilesAsync("#import-file", file);
        var wizard = new ImportWizardPage(page);
        await Assertions.Expect(page.Locator("#wizard")).ToBeVisibleAsync();
        return wizard;
    }

    public ILocator Problems => page.Locator("#wizard-problems");

    public ILocator PreviewSummary => page.Locator("#wizard-preview-summary");

    public ILocator ErrorCells => page.Locator("#wizard-preview td.cell-error");

    public ILocator Summary => page.Locator("#import-summary");

    /// <summary>Takes a target column from a column of the file; the preview follows (wait on what it should show).</summary>
    public Task MapColumnAsync(string target, string header) =>
        page.Locator($"#wizard-mapping tr[data-target={target}] select.wizard-source").SelectOptionAsync("col:" + header);

    /// <summary>Maps one value seen in the file (a product, a stage); the preview follows.</summary>
    public Task MapValueAsync(string target, string value, string to) =>
        page.Locator($"#wizard-mapping tr[data-target={target}] .wizard-values select[data-value='{value}']").SelectOptionAsync(to);

    public async Task ImportAsync(bool skipInvalid = false)
    {
        if (skipInvalid)
        {
            await page.CheckAsync("#import-skip");
        }

        await page.ClickAsync("#import-run");
        await Assertions.Expect(page.Locator("#import-report")).ToBeVisibleAsync();
    }

    public async Task SaveMappingAsync(string name)
    {
        await page.FillAsync("#mapping-name", name);
        await page.ClickAsync("#mapping-save");
        await Assertions.Expect(page.Locator("#mapping-saved")).ToContainTextAsync(name);
    }
}
