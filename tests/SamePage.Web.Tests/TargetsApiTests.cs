using System.Net;
using System.Net.Http.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class TargetsApiTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_target_is_created_and_changed_through_the_api(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var solution = (await client.GetJsonAsync("/api/v1/solutions/")).GetProperty("items")[0].GetProperty("id").GetInt32();

        // Segments are a managed list per solution: the target's segment is added to it first.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/solutions/{solution}/segments", new { name = "Api test" })).StatusCode);
        var created = await client.PostAsJsonAsync("/api/v1/targets/", new { solutionId = solution, segment = "Api test", dueDate = "2027-12-31", factualNpv = 150000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var target = await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var id = target.GetProperty("id").GetInt32();
        Assert.Equal(150000m, target.GetProperty("factualNpv").GetDecimal());

        // Only the perceived target changes; the factual one and the due date stay.
        var changed = await (await client.PutAsJsonAsync($"/api/v1/targets/{id}", new { perceivedNpv = 120000 })).JsonAsync();
        Assert.Equal(id, changed.GetProperty("id").GetInt32());
        Assert.Equal(150000m, changed.GetProperty("factualNpv").GetDecimal());
        Assert.Equal(120000m, changed.GetProperty("perceivedNpv").GetDecimal());
        Assert.Equal("2027-12-31", changed.GetProperty("dueDate").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/v1/targets/999999", new { perceivedNpv = 1 })).StatusCode);
    }
}
