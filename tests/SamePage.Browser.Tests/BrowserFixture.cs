using Microsoft.Playwright;
using SamePage.TestSupport;

namespace SamePage.Browser.Tests;

/// <summary>The real app (SQLite, small demo) and the system Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public TestApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Join(
        Environment.GetEnvironmentVariable("SAMEPAGE_TEST_RESULTS") ?? Path.Join(AppContext.BaseDirectory, "TestResults"), "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        App = await TestApp.StartAsync("sqlite");
        var chromium = Environment.GetEnvironmentVariable("SAMEPAGE_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: apt-get install chromium, or set SAMEPAGE_CHROMIUM.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> LoginAsync(string email, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString(), Locale = locale, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", TestApp.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (!await page.Locator("nav.mainnav").IsVisibleAsync())
        {
            await ScreenshotAsync(page, "login-failed-" + email);
            throw new InvalidOperationException($"After logging in as {email} the page has no navigation: {page.Url}\n{await page.ContentAsync()}");
        }
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Join(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
