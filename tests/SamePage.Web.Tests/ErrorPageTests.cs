using System.Net;
using System.Net.Http.Headers;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>A browser gets friendly HTML error pages; the API keeps problem details.</summary>
[Collection(AppCollection.Name)]
public sealed class ErrorPageTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_answer_a_browser_in_html_and_the_api_in_problem_details(string provider)
    {
        using var browser = await apps[provider].LoginAsync(TestApp.ManagerEmail);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/models/999999");
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var missing = await browser.SendAsync(page);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-page\" data-status=\"404\"", html, StringComparison.Ordinal);
        Assert.Contains("This page does not exist", html, StringComparison.Ordinal);
        Assert.Contains("nav", html, StringComparison.Ordinal);

        // (A visitor who is not signed in is sent to the login page for any unknown address: nothing is revealed.)
        using var german = new HttpRequestMessage(HttpMethod.Get, "/error/404");
        german.Headers.Accept.ParseAdd("text/html");
        german.Headers.AcceptLanguage.ParseAdd("de-DE");
        // The page in German for a German browser (a signed-in user's own language choice wins over the header).
        using var visitor = new HttpClient { BaseAddress = apps[provider].BaseAddress };
        var body = await (await visitor.SendAsync(german)).Content.ReadAsStringAsync();
        Assert.Contains("Diese Seite gibt es nicht", body[body.IndexOf("<main", StringComparison.Ordinal)..], StringComparison.Ordinal);

        using var api = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/value-models/999999");
        apiRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var apiMissing = await api.SendAsync(apiRequest);
        Assert.Equal(HttpStatusCode.NotFound, apiMissing.StatusCode);
        Assert.NotEqual("text/html", apiMissing.Content.Headers.ContentType?.MediaType);

        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = apps[provider].BaseAddress };
        var icon = await anonymous.GetAsync("/favicon.ico");
        Assert.Equal("/favicon.svg", icon.Headers.Location?.OriginalString);
        var svg = await anonymous.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);

        // The rate limit's page explains itself instead of a raw 429.
        using var limited = new HttpRequestMessage(HttpMethod.Get, "/error/429");
        var tooMany = await (await browser.SendAsync(limited)).Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts", tooMany, StringComparison.Ordinal);
    }
}
