using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class MeasuresApiTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_validates_and_the_register_round_trips(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var bad = await client.PostAsJsonAsync("/api/v1/measures", new
        {
            name = "", instrument = "Lottery", solution = "Nordlicht Backup", startDate = "2027-03-01", endDate = "2027-01-01",
            effects = new[] { new { input = "noSuchInput", mode = "absolute", likely = 1.0, target = "factual" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "instrument", "endDate", "effects" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
        Assert.Contains("noSuchInput", errors.GetProperty("effects")[0].GetString(), StringComparison.Ordinal);

        var badMode = await client.PostAsJsonAsync("/api/v1/measures", new
        {
            name = "X", instrument = "MDF", solution = "Nordlicht Backup", startDate = "2027-01-01", endDate = "2027-02-01",
            effects = new[] { new { input = "recurringMargin", mode = "percent", likely = 1.0, target = "factual" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);

        var created = await client.PostAsJsonAsync("/api/v1/measures", new
        {
            name = $"Partner summit {provider}", instrument = "Communication", owner = "Marketing", solution = "Nordlicht Backup", segments = new[] { "MSP" },
            costOneOff = 20_000, costPerMonth = 0, startDate = "2027-03-01", endDate = "2027-03-31", status = "idea",
            effects = new[] { new { input = "seatsPerCustomer", mode = "relative", low = 0.02, likely = 0.05, high = 0.08, target = "perceived" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var measure = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = measure.GetProperty("id").GetInt32();
        Assert.Equal("perceived", measure.GetProperty("effects")[0].GetProperty("target").GetString());

        var status = await client.PutAsJsonAsync($"/api/v1/measures/{id}/status", new { status = "running" });
        Assert.Equal("running", (await status.JsonAsync()).GetProperty("status").GetString());
        var running = await client.GetJsonAsync("/api/v1/measures?status=running&solution=Nordlicht%20Backup");
        Assert.Contains(running.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetInt32() == id);

        // A perceived effect moves only the perceived case: +5 % seats on the perceived case, nothing on planned and factual.
        var impact = await client.GetJsonAsync($"/api/v1/measures/impact?solution=Nordlicht%20Backup&segment=MSP&measure={id}");
        var i = impact.GetProperty("impact");
        Assert.Equal(0, i.GetProperty("planned").GetProperty("deltaNpvPerPartner").GetDouble(), 6);
        Assert.Equal(0, i.GetProperty("factual").GetProperty("deltaNpvPerPartner").GetDouble(), 6);
        var perceived = i.GetProperty("perceived");
        Assert.True(perceived.GetProperty("deltaNpvPerPartner").GetDouble() > 0);
        Assert.Equal(perceived.GetProperty("deltaNpvPerPartner").GetDouble() * i.GetProperty("partnersInSegment").GetInt32(), perceived.GetProperty("deltaNpvSegment").GetDouble(), 3);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/measures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/measures/{id}")).StatusCode);
        var missing = await client.GetAsync("/api/v1/measures/impact?solution=Nordlicht%20Backup&segment=MSP&measure=999999");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Plans_follow_the_demo_scenarios_and_validate(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var bad = await client.PostAsJsonAsync("/api/v1/plans", new { solution = "", segment = "MSP", budget = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("solution", out _));
        Assert.True(errors.TryGetProperty("budget", out _));

        var reach = await (await client.PostAsJsonAsync("/api/v1/plans", new { solution = "Nordlicht Backup", segment = "MSP", budget = 150_000 })).JsonAsync();
        var plan = reach.GetProperty("plan");
        Assert.True(plan.GetProperty("reachesTarget").GetBoolean());
        Assert.True(plan.GetProperty("cost").GetDouble() <= 150_000);
        Assert.True(plan.GetProperty("npv").GetProperty("factual").GetDouble() >= plan.GetProperty("target").GetDouble());
        // The waterfall adds up: baseline + Σ steps = plan npv.
        var waterfall = reach.GetProperty("waterfall");
        var sum = waterfall.GetProperty("baselineNpv").GetDouble() + waterfall.GetProperty("steps").EnumerateArray().Sum(s => s.GetProperty("deltaNpv").GetDouble());
        Assert.Equal(waterfall.GetProperty("planNpv").GetDouble(), sum, 3);

        var miss = (await (await client.PostAsJsonAsync("/api/v1/plans", new { solution = "Nordlicht Analytics Suite", segment = "SI", budget = 200_000 })).JsonAsync()).GetProperty("plan");
        Assert.False(miss.GetProperty("reachesTarget").GetBoolean());
        Assert.True(miss.GetProperty("shortfall").GetDouble() > 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Partner_users_get_403_on_vendor_planning_data(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.PartnerEmail);
        foreach (var url in new[] { "/api/v1/measures", "/api/v1/measures/1", "/api/v1/participants", "/api/v1/measures/impact?solution=Nordlicht%20Backup&segment=MSP", "/api/v1/contribution", "/api/v1/contribution/team", "/api/v1/targets/1/trajectory" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/plans", new { solution = "Nordlicht Backup", segment = "MSP" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/measures", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync("/api/v1/measures/1")).StatusCode);
        using var contributor = await apps[provider].TokenClientAsync(TestApp.ContributorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.DeleteAsync("/api/v1/measures/1")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_contributor_sees_their_own_contribution_only(string provider)
    {
        var app = apps[provider];
        await using (var db = app.Database.CreateContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == TestApp.ContributorEmail);
            var jana = await db.Participants.SingleAsync(p => p.Name == "Jana Petersen");
            jana.UserId = user.Id;
            await db.SaveChangesAsync();
        }
        using var client = await app.TokenClientAsync(TestApp.ContributorEmail);
        var mine = await client.GetJsonAsync("/api/v1/contribution");
        Assert.Equal(["Jana Petersen"], mine.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        var measures = mine.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("measure")).ToList();
        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.Equal("Jana Petersen", m.GetProperty("owner").GetString()));
        Assert.Contains(measures, m => m.GetProperty("name").GetString() == "Churn early-warning dashboard in the RMM");
        Assert.All(mine.GetProperty("drivers").EnumerateArray(), d => Assert.Equal("Jana Petersen", d.GetProperty("participant").GetString()));

        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var none = await manager.GetJsonAsync("/api/v1/contribution");
        Assert.Equal(0, none.GetProperty("measures").GetArrayLength());

        using var browser = await app.LoginAsync(TestApp.ContributorEmail);
        var html = await browser.GetStringAsync("/contribution");
        Assert.Contains("Churn early-warning dashboard in the RMM", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Growth rebate per new MSP customer", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_render_for_the_vendor_and_refuse_partner_users(string provider)
    {
        var app = apps[provider];
        using var manager = await app.LoginAsync(TestApp.ManagerEmail);
        foreach (var url in new[] { "/measures", "/measures?view=board", "/measures/1", "/measures/new", "/planner", "/contribution", "/contribution/team", "/targets/1" })
        {
            var response = await manager.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        }
        var board = await manager.GetStringAsync("/measures?view=board");
        foreach (var status in new[] { "idea", "planned", "running", "done", "dropped" })
        {
            Assert.Contains($"data-status=\"{status}\"", board, StringComparison.Ordinal);
        }
        Assert.Contains("<svg", await manager.GetStringAsync("/targets/1"), StringComparison.Ordinal);

        // The form of a new measure validates through the register and names each problem.
        var form = await manager.GetStringAsync("/measures/new");
        var invalid = await manager.PostAsync("/measures/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Form test", ["Instrument"] = "MDF", ["Solution"] = "Nordlicht Backup", ["Segment"] = "MSP", ["StartDate"] = "2027-05-01", ["EndDate"] = "2027-04-01",
            ["Status"] = "Idea", ["Effects"] = "noSuchInput:absolute:0:1:2:factual", ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(form),
        }));
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("noSuchInput", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("endDate", invalidHtml, StringComparison.Ordinal);
        using var contributor = await app.LoginAsync(TestApp.ContributorEmail);
        Assert.Contains("/account/denied", (await contributor.GetAsync("/measures/new")).Headers.Location!.ToString(), StringComparison.Ordinal);

        using var partner = await app.LoginAsync(TestApp.PartnerEmail);
        foreach (var url in new[] { "/measures", "/measures/new", "/planner", "/contribution" })
        {
            var response = await partner.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
