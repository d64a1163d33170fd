using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>One registration serves the page and the API: every kind is offered, parameters are required by name.</summary>
[Collection(AppCollection.Name)]
public sealed class ImportRegistryWebTests(AppFixture apps)
{
    private static readonly string[] s_kinds = ["partners", "deals", "costs", "measures", "survey-responses"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Measures_import_through_the_same_endpoint_with_dry_run_first(string provider)
    {
        var app = apps[provider];
        var name = $"Registry day {provider}";
        var body = $"name,instrument,solution,start,end,costOneOff\n{name},Communication,Nordlicht Backup,2027-03-01,2027-03-31,1500\n";
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);

        var dry = await manager.PostAsync("/api/v1/imports/measures?dryRun=true", new StringContent(body, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        var dryReport = await dry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(dryReport.GetProperty("committed").GetBoolean());
        Assert.Equal(1, dryReport.GetProperty("inserted").GetInt32());
        await using (var db = app.Database.CreateContext())
        {
            Assert.False(await db.Measures.AnyAsync(m => m.Name == name));
        }

        var real = await manager.PostAsync("/api/v1/imports/measures", new StringContent(body, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.True((await real.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("committed").GetBoolean());
        await using (var db = app.Database.CreateContext())
        {
            Assert.Equal(1500m, (await db.Measures.SingleAsync(m => m.Name == name)).CostOneOff);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_kinds_and_missing_parameters_are_refused_by_name(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var csv = new StringContent("externalId,partnerId\nR1,P00001\n", Encoding.UTF8, "text/csv");

        var unknown = await ProblemAsync(await manager.PostAsync("/api/v1/imports/invoices", csv), HttpStatusCode.BadRequest);
        foreach (var kind in s_kinds)
        {
            Assert.Contains(kind, unknown, StringComparison.Ordinal);
        }
        var noWave = await ProblemAsync(await manager.PostAsync("/api/v1/imports/survey-responses", csv), HttpStatusCode.BadRequest);
        Assert.Contains("'wave'", noWave, StringComparison.Ordinal);
        var badWave = await ProblemAsync(await manager.PostAsync("/api/v1/imports/survey-responses?wave=abc", csv), HttpStatusCode.BadRequest);
        Assert.Contains("'abc'", badWave, StringComparison.Ordinal);
        var noSuchWave = await ProblemAsync(await manager.PostAsync("/api/v1/imports/survey-responses?wave=99999", csv), HttpStatusCode.BadRequest);
        Assert.Contains("No survey wave 99999", noSuchWave, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_import_page_offers_every_registered_kind(string provider)
    {
        var app = apps[provider];
        using var ui = await app.LoginAsync(TestApp.ManagerEmail);
        var html = await ui.GetStringAsync("/imports");
        foreach (var kind in s_kinds)
        {
            Assert.Contains($"<option value=\"{kind}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("data-parameter=\"wave\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imports_apply_the_apis_length_rule_to_names(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var longName = new string('N', 1_000_000);
        var response = await manager.PostAsync("/api/v1/imports/partners", new StringContent($"externalId,name,type\nLONG-{provider},{longName},msp\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var issue = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues")[0];
        Assert.Equal("name", issue.GetProperty("column").GetString());
        Assert.Contains("at most 200 characters", issue.GetProperty("reason").GetString(), StringComparison.Ordinal);
        // The API refuses the same name in the same words' limit.
        var api = await manager.PutAsJsonAsync("/api/v1/solutions/1", new { name = new string('S', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("1 to 200 characters", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_import_page_runs_a_kind_with_its_options_and_refuses_a_missing_parameter(string provider)
    {
        var app = apps[provider];
        using var ui = await app.LoginAsync(TestApp.ManagerEmail);
        var token = TestClients.AntiforgeryToken(await ui.GetStringAsync("/imports"));
        async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string kind, string? wave)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(kind), "Kind" },
                { new StringContent("true"), "DryRun" },
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent($"name,instrument,solution,start,end\nPage day {provider},Communication,Nordlicht Backup,2027-03-01,2027-03-31\n"), "File", "measures.csv" },
            };
            if (wave is not null)
            {
                form.Add(new StringContent(wave), "wave");
            }
            var response = await ui.PostAsync("/imports", form);
            return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        var (status, body) = await PostAsync("measures", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("committed").GetBoolean());
        Assert.Contains("1 rows read, 1 valid", body.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var (refused, problem) = await PostAsync("survey-responses", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("'wave'", problem.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
    }
}
