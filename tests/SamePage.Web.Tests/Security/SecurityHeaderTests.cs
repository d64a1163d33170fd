using System.Net;
using System.Text.RegularExpressions;
using SamePage.TestSupport;

namespace SamePage.Web.Tests.Security;

/// <summary>Every response carries the CSP and friends; the language switch is a POST with anti-forgery and a local return path.</summary>
[Collection(AppCollection.Name)]
public sealed partial class SecurityHeaderTests(AppFixture apps)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/api/v1/solutions/")]
    [InlineData("/no-such-page")]
    public async Task Every_response_has_the_security_headers(string path)
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = apps["sqlite"].BaseAddress };
        var response = await anonymous.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[0-9A-F]{32}'", csp);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        // Plain HTTP on loopback: HSTS only over HTTPS.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Every_inline_script_of_a_page_carries_the_responses_nonce()
    {
        using var ui = await apps["sqlite"].LoginAsync(TestApp.ManagerEmail);
        foreach (var path in new[] { "/solutions", "/imports", "/talk/check" })
        {
            var response = await ui.GetAsync(path);
            var nonce = NonceOf().Match(string.Join(";", response.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
            var html = await response.Content.ReadAsStringAsync();
            var scripts = ScriptTag().Matches(html);
            Assert.NotEmpty(scripts);
            Assert.All(scripts, m => Assert.Contains($"nonce=\"{nonce}\"", m.Value, StringComparison.Ordinal));
            Assert.DoesNotMatch(" on(click|change|submit|load)=", html);
        }
    }

    [Fact]
    public async Task The_language_switch_needs_a_post_with_antiforgery_and_a_local_return_path()
    {
        var app = apps["sqlite"];
        using var ui = await app.LoginAsync(TestApp.ManagerEmail);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await ui.GetAsync("/culture?c=de&returnUrl=/")).StatusCode);
        // Without the anti-forgery token: refused.
        var forged = await ui.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["c"] = "de", ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = TestClients.AntiforgeryToken(await ui.GetStringAsync("/solutions"));
        foreach (var evil in new[] { "/\\evil.example", "//evil.example", "https://evil.example/", "/%0d%0aSet-Cookie:x=1" })
        {
            var bad = await ui.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["c"] = "de", ["returnUrl"] = Uri.UnescapeDataString(evil), ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }
        var good = await ui.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["c"] = "de", ["returnUrl"] = "/partners?page=2", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("/partners?page=2", good.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"de\"", await ui.GetStringAsync("/solutions"), StringComparison.Ordinal);
        // Back to English: the choice is stored on the account the other tests sign in with.
        await ui.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["c"] = "en", ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(await ui.GetStringAsync("/solutions")) }));
        Assert.Contains("<html lang=\"en\"", await ui.GetStringAsync("/solutions"), StringComparison.Ordinal);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceOf();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
