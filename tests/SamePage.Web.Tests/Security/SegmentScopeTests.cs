using System.Net;
using System.Net.Http.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests.Security;

/// <summary>A partner user sees the value models and targets of its own segment (and solution-wide ones), through every path.</summary>
[Collection(AppCollection.Name)]
public sealed class SegmentScopeTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_partner_user_reads_only_its_segments_models_and_targets(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        using var ui = await app.LoginAsync(TestApp.PartnerEmail);
        // P00001 is an MSP: the backup model is its segment's, the others are not.
        var all = (await manager.GetJsonAsync("/api/v1/value-models/")).GetProperty("items").EnumerateArray()
            .Select(m => (Id: m.GetProperty("id").GetInt32(), Segment: m.GetProperty("segment").GetString())).ToList();
        Assert.Contains(all, m => m.Segment == "MSP");
        Assert.Contains(all, m => m.Segment != "MSP");

        var visible = (await partner.GetJsonAsync("/api/v1/value-models/")).GetProperty("items").EnumerateArray()
            .Select(m => m.GetProperty("segment").GetString()).ToList();
        Assert.NotEmpty(visible);
        Assert.All(visible, s => Assert.True(s is "MSP" or "", s));
        foreach (var (id, segment) in all)
        {
            var expected = segment is "MSP" or "" ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.Equal(expected, (await partner.GetAsync($"/api/v1/value-models/{id}")).StatusCode);
            Assert.Equal(expected, (await partner.GetAsync($"/api/v1/value-models/{id}/versions")).StatusCode);
            Assert.Equal(expected, (await partner.PostAsJsonAsync($"/api/v1/value-models/{id}/run", new { })).StatusCode);
            Assert.Equal(expected, (await ui.GetAsync($"/models/{id}")).StatusCode);
            Assert.Equal(expected, (await ui.GetAsync($"/models/{id}/whatif")).StatusCode);
        }

        var targets = (await partner.GetJsonAsync("/api/v1/targets/")).GetProperty("items").EnumerateArray().Select(t => t.GetProperty("segment").GetString()).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, s => Assert.True(s is "MSP" or "", s));
        var vendorTargets = (await manager.GetJsonAsync("/api/v1/targets/")).GetProperty("items").GetArrayLength();
        Assert.True(vendorTargets > targets.Count);
    }
}
