using System.Net;
using System.Net.Http.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>The cockpit's "what changed" speaks of business events in sentences; system rows and survey answers stay out.</summary>
[Collection(AppCollection.Name)]
public sealed class CockpitFeedTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_feed_tells_business_events_and_never_system_rows(string provider)
    {
        using var api = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var name = $"Feed test {Guid.NewGuid():N}"[..20];
        var created = await api.PostAsJsonAsync("/api/v1/solutions", new { name, segments = new[] { "MSP" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        using var manager = await apps[provider].LoginAsync(TestApp.AdminEmail);
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync("/"));
        var feed = page[page.IndexOf("id=\"changes\"", StringComparison.Ordinal)..];
        feed = feed[..feed.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains($"<a href=\"/solutions/{id}\">{TestApp.ManagerEmail} added the solution '{name}'</a>", feed, StringComparison.Ordinal);
        foreach (var system in new[] { "DataProtectionKey", "SolutionSegment", "AppUser", "Added ", "Modified ", "-21474", "-92233" })
        {
            Assert.DoesNotContain(system, feed, StringComparison.Ordinal);
        }
        await api.PutAsJsonAsync($"/api/v1/solutions/{id}", new { archived = true });
    }
}
