using System.Net;
using System.Net.Http.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class ParticipantsTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_manager_adds_a_participant_linked_to_an_account_and_its_owner_sees_the_drivers(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var created = await manager.PostAsJsonAsync("/api/v1/participants", new
        {
            name = "Finance team",
            kind = "department",
            department = "Finance",
            userEmail = TestApp.AdminEmail,
            drivers = new[] { new { solution = "Nordlicht Backup", driver = "recurringMarginIncome" }, new { solution = "Nordlicht Backup", driver = "recurringMarginIncome" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var participant = await created.JsonAsync();
        var id = participant.GetProperty("id").GetInt32();
        Assert.Equal(TestApp.AdminEmail, participant.GetProperty("userEmail").GetString());
        Assert.Equal("department", participant.GetProperty("kind").GetString());
        Assert.Equal(["Nordlicht Backup: recurringMarginIncome"], participant.GetProperty("drivers").EnumerateArray().Select(d => $"{d.GetProperty("solution").GetString()}: {d.GetProperty("driver").GetString()}"));

        // The linked account now sees the participant and its driver under "My contribution".
        using var admin = await app.TokenClientAsync(TestApp.AdminEmail);
        var mine = await admin.GetJsonAsync("/api/v1/contribution");
        Assert.Contains("Finance team", mine.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(mine.GetProperty("drivers").EnumerateArray(), d => d.GetProperty("driver").GetString() == "recurringMarginIncome");

        var changed = await manager.PutAsJsonAsync($"/api/v1/participants/{id}", new { name = "Finance controlling", kind = "department", drivers = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await changed.JsonAsync();
        Assert.Equal(0, after.GetProperty("drivers").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("userEmail").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsJsonAsync("/api/v1/participants/999999", new { name = "x", kind = "person" })).StatusCode);

        using var ui = await app.LoginAsync(TestApp.ManagerEmail);
        var page = await ui.GetStringAsync("/participants");
        Assert.Contains("Finance", page, StringComparison.Ordinal);
        Assert.Contains("Jana Petersen", page, StringComparison.Ordinal);
        var form = await ui.GetStringAsync($"/participants/edit/{id}");
        Assert.Contains("recurringMarginIncome", form, StringComparison.Ordinal);

        // Through the form: a new participant owning one driver, then a nameless one that is refused with the reason.
        var blank = await ui.GetStringAsync("/participants/edit");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Name", $"Support desk {provider}"), new("Kind", "Department"), new("Department", "Support"), new("UserEmail", ""),
            new("Drivers", "Nordlicht Backup|presales"), new("__RequestVerificationToken", TestClients.AntiforgeryToken(blank)),
        };
        var saved = await ui.PostAsync("/participants/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var listed = (await manager.GetJsonAsync("/api/v1/participants")).GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == $"Support desk {provider}");
        Assert.Equal("presales", listed.GetProperty("drivers")[0].GetProperty("driver").GetString());
        fields[0] = new("Name", "");
        fields[^1] = new("__RequestVerificationToken", TestClients.AntiforgeryToken(await ui.GetStringAsync("/participants/edit")));
        var refused = await ui.PostAsync("/participants/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("A name is required.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_participants_are_refused_with_the_reason_per_field(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var response = await manager.PostAsJsonAsync("/api/v1/participants", new
        {
            name = "Jana Petersen",
            userEmail = TestApp.PartnerEmail,
            drivers = new[] { new { solution = "Nordlicht Backup", driver = "noSuchDriver" }, new { solution = "No such solution", driver = "x" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors");
        Assert.Contains("already a participant named", errors.GetProperty("name")[0].GetString());
        Assert.Contains("person or department", errors.GetProperty("kind")[0].GetString());
        Assert.Contains("partner user", errors.GetProperty("userEmail")[0].GetString());
        var drivers = errors.GetProperty("drivers").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(2, drivers.Count);
        Assert.Contains("no driver 'noSuchDriver'", drivers[0]);
        Assert.Contains("recurringMarginIncome", drivers[0]);
        Assert.Contains("no solution 'No such solution'", drivers[1]);

        // Nothing was stored.
        var all = await manager.GetJsonAsync("/api/v1/participants");
        Assert.Single(all.GetProperty("items").EnumerateArray(), p => p.GetProperty("name").GetString() == "Jana Petersen");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_admins_and_channel_managers_change_participants(string provider)
    {
        var app = apps[provider];
        var body = new { name = "Should not exist", kind = "person" };
        using var contributor = await app.TokenClientAsync(TestApp.ContributorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostAsJsonAsync("/api/v1/participants", body)).StatusCode);
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync("/api/v1/participants", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/participants")).StatusCode);

        using var contributorUi = await app.LoginAsync(TestApp.ContributorEmail);
        Assert.Equal(HttpStatusCode.OK, (await contributorUi.GetAsync("/participants")).StatusCode);
        Denied.AssertPageDenied(await contributorUi.GetAsync("/participants/edit"));
        using var partnerUi = await app.LoginAsync(TestApp.PartnerEmail);
        Denied.AssertPageDenied(await partnerUi.GetAsync("/participants"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_cli_adds_participants_and_explains_bad_input(string provider)
    {
        var app = apps[provider];
        Task<int> Run(params string[] args) => CliTestRunner.RunAsync(app, [SamePage.Cli.Commands.ParticipantCommand.Create()], args);
        Assert.Equal(SamePage.Cli.ExitCodes.Ok, await Run("participant", "add", "--name", $"Cli team {provider}", "--kind", "Department",
            "--owns", "Nordlicht Backup:presales", "--owns", "Nordlicht Backup:onboarding"));
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var added = (await manager.GetJsonAsync("/api/v1/participants")).GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == $"Cli team {provider}");
        Assert.Equal(["onboarding", "presales"], added.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("driver").GetString()));

        Assert.Equal(SamePage.Cli.ExitCodes.BadInput, await Run("participant", "add", "--name", "x", "--owns", "no colon"));
        Assert.Equal(SamePage.Cli.ExitCodes.BadInput, await Run("participant", "add", "--name", $"Cli team {provider}"));
        Assert.Equal(SamePage.Cli.ExitCodes.Ok, await Run("participant", "list"));
    }
}
