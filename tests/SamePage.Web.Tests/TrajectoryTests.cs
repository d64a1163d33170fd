using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class TrajectoryTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_target_shows_factual_planned_and_perceived_progress(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var target = (await client.GetJsonAsync("/api/v1/targets")).GetProperty("items").EnumerateArray()
            .First(t => t.GetProperty("solution").GetString() == "Nordlicht Backup" && t.GetProperty("segment").GetString() == "MSP");
        var trajectory = await client.GetJsonAsync($"/api/v1/targets/{target.GetProperty("id").GetInt32()}/trajectory");

        Assert.Equal(12, trajectory.GetProperty("factual").GetArrayLength());
        var path = trajectory.GetProperty("plannedPath").EnumerateArray().ToList();
        Assert.NotEmpty(path);
        var due = DateOnly.Parse(trajectory.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new DateOnly(due.Year, due.Month, 1), DateOnly.Parse(path[^1].GetProperty("month").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        // One perceived point per survey wave in date order; the latest is the perception page's median of that wave.
        var perceived = trajectory.GetProperty("perceived").EnumerateArray().ToList();
        Assert.Equal(2, perceived.Count);
        Assert.True(string.CompareOrdinal(perceived[0].GetProperty("month").GetString(), perceived[1].GetProperty("month").GetString()) < 0);
        var latest = await client.GetJsonAsync("/api/v1/perception?solution=Nordlicht%20Backup&segment=MSP");
        Assert.Equal(latest.GetProperty("npv").GetProperty("perceivedMedian").GetDouble(), perceived[1].GetProperty("npv").GetDouble(), 6);
    }
}
