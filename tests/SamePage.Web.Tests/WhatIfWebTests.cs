using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>The what-if page asks once per slider move and follows the run API's override rule.</summary>
[Collection(AppCollection.Name)]
public sealed class WhatIfWebTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_request_gives_the_figures_of_the_run_api_and_the_chart(string provider)
    {
        var app = apps[provider];
        using var api = await app.TokenClientAsync(TestApp.ManagerEmail);
        var models = await api.GetJsonAsync("/api/v1/value-models/");
        var id = models.GetProperty("items").EnumerateArray().First(m => m.GetProperty("solution").GetString() == "Nordlicht Backup").GetProperty("id").GetInt32();
        var run = await (await api.PostAsJsonAsync($"/api/v1/value-models/{id}/run", new { set = new Dictionary<string, double> { ["newCustomersPerMonth"] = 4 } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        using var ui = await app.LoginAsync(TestApp.PartnerEmail);
        var response = await ui.GetAsync($"/models/{id}/whatif?handler=run&set=newCustomersPerMonth=4");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var whatIf = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(run.GetProperty("npv").GetDouble(), whatIf.GetProperty("npv").GetDouble());
        Assert.Equal(run.GetProperty("netProfit").GetDouble(), whatIf.GetProperty("netProfit").GetDouble());
        Assert.Contains("<svg", whatIf.GetProperty("chart").GetString()!, StringComparison.Ordinal);

        var unknown = await ui.GetAsync($"/models/{id}/whatif?handler=run&set=happiness=4");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("happiness", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var malformed = await ui.GetAsync($"/models/{id}/whatif?handler=run&set=newCustomersPerMonth=lots");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("name=number", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
