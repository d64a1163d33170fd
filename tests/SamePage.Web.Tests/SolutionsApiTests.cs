using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>Solutions with their managed segment list: create, rename, segments in use stay, archive instead of delete.</summary>
[Collection(AppCollection.Name)]
public sealed class SolutionsApiTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_solution_keeps_its_segments_and_is_archived_not_deleted(string provider)
    {
        using var manager = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var name = $"Segments {Guid.NewGuid():N}"[..24];
        var created = await manager.PostAsJsonAsync("/api/v1/solutions", new { name, segments = new[] { "MSP", " msp ", "Reseller", "" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var solution = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = solution.GetProperty("id").GetInt32();
        // Duplicates (ignoring case and spaces) and empty names are dropped.
        Assert.Equal(["MSP", "Reseller"], Segments(solution));

        var added = await (await manager.PostAsJsonAsync($"/api/v1/solutions/{id}/segments", new { name = "SI" })).JsonAsync();
        Assert.Equal(["MSP", "Reseller", "SI"], Segments(added));
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync($"/api/v1/solutions/{id}/segments", new { name = new string('x', 201) })).StatusCode);

        // A target on a segment outside the list is refused; on a listed one it is stored and pins the segment.
        var outside = await manager.PostAsJsonAsync("/api/v1/targets", new { solutionId = id, segment = "Distributor", dueDate = "2027-12-31", factualNpv = 1000 });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.True((await outside.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("segment", out _));
        var target = await manager.PostAsJsonAsync("/api/v1/targets", new { solutionId = id, segment = "reseller", dueDate = "2027-12-31", factualNpv = 1000 });
        Assert.Equal(HttpStatusCode.Created, target.StatusCode);
        Assert.Equal("Reseller", (await target.JsonAsync()).GetProperty("segment").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await manager.DeleteAsync($"/api/v1/solutions/{id}/segments/Reseller")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PutAsJsonAsync($"/api/v1/solutions/{id}", new { segments = new[] { "MSP" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/solutions/{id}/segments/si")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.DeleteAsync($"/api/v1/solutions/{id}/segments/SI")).StatusCode);

        var renamed = await (await manager.PutAsJsonAsync($"/api/v1/solutions/{id}", new { name = name + " 2", description = "Backup for MSPs", currency = "chf" })).JsonAsync();
        Assert.Equal((name + " 2", "Backup for MSPs", "CHF"), (renamed.GetProperty("name").GetString(), renamed.GetProperty("description").GetString(), renamed.GetProperty("currency").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PutAsJsonAsync($"/api/v1/solutions/{id}", new { name = "Nordlicht Backup" })).StatusCode);

        // It has a target: deleting is refused and nothing is lost; archiving hides it from the default list.
        Assert.Equal(HttpStatusCode.Conflict, (await manager.DeleteAsync($"/api/v1/solutions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/solutions/{id}")).StatusCode);
        var archived = await (await manager.PutAsJsonAsync($"/api/v1/solutions/{id}", new { archived = true })).JsonAsync();
        Assert.Equal(JsonValueKind.String, archived.GetProperty("archivedAt").ValueKind);
        Assert.DoesNotContain(Names(await manager.GetJsonAsync("/api/v1/solutions?pageSize=200")), n => n == name + " 2");
        Assert.Contains(Names(await manager.GetJsonAsync("/api/v1/solutions?pageSize=200&includeArchived=true")), n => n == name + " 2");
        var restored = await (await manager.PutAsJsonAsync($"/api/v1/solutions/{id}", new { archived = false })).JsonAsync();
        Assert.Equal(JsonValueKind.Null, restored.GetProperty("archivedAt").ValueKind);
        await manager.PutAsJsonAsync($"/api/v1/solutions/{id}", new { archived = true });

        // A solution with nothing yet may be deleted.
        var empty = await (await manager.PostAsJsonAsync("/api/v1/solutions", new { name = name + " empty" })).JsonAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/solutions/{empty.GetProperty("id").GetInt32()}")).StatusCode);

        // Contributors and partners read but never change solutions.
        using var contributor = await apps[provider].TokenClientAsync(TestApp.ContributorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PutAsJsonAsync($"/api/v1/solutions/{id}", new { archived = false })).StatusCode);
        using var partner = await apps[provider].TokenClientAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync($"/api/v1/solutions/{id}/segments", new { name = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.DeleteAsync($"/api/v1/solutions/{id}")).StatusCode);
    }

    private static List<string?> Segments(JsonElement solution) => [.. solution.GetProperty("segments").EnumerateArray().Select(s => s.GetString())];

    private static IEnumerable<string?> Names(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("name").GetString());
}
