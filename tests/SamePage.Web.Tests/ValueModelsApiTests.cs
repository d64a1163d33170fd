using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.Core.Values;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class ValueModelsApiTests(AppFixture apps)
{
    private static JsonElement Model(string json) => JsonDocument.Parse(json).RootElement;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unsaved_model_runs_with_overrides(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ContributorEmail);
        // One benefit of 100 a month for 12 months at a 0 % discount rate: npv = 12 × 100 × price/10.
        var model = Model("""
            {"schema":"samepage.valuemodel/1","solution":"Tiny","horizonMonths":12,"discountRate":0,
             "inputs":[{"name":"price","unit":"currency","low":5,"likely":10,"high":20}],
             "drivers":[{"name":"income","category":"benefit","stream":"resale","formula":"price * 10"}]}
            """);
        var run = await (await client.PostAsJsonAsync("/api/v1/value-models/run", new { model, set = new { price = 12 } })).JsonAsync();
        Assert.Equal(12 * 12 * 10, run.GetProperty("npv").GetDouble(), 6);
        Assert.Equal(1, run.GetProperty("paybackMonth").GetInt32());
        var tornado = await (await client.PostAsJsonAsync("/api/v1/value-models/sensitivity", new { model })).JsonAsync();
        var price = tornado.GetProperty("inputs")[0];
        Assert.Equal((5 * 10 * 12, 20 * 10 * 12), (price.GetProperty("npvLow").GetDouble(), price.GetProperty("npvHigh").GetDouble()));

        var unknown = await client.PostAsJsonAsync("/api/v1/value-models/run", new { model, set = new { nope = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_models_get_every_error_with_its_path(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var model = Model("""
            {"schema":"samepage.valuemodel/1","solution":"Nordlicht Backup","segment":"MSP","horizonMonths":12,
             "inputs":[{"name":"a","likely":1,"low":3,"high":4}],
             "drivers":[{"name":"x","category":"benefit","formula":"a * missing"},{"name":"y","category":"cost","formula":"(a +"}]}
            """);
        var response = await client.PostAsJsonAsync("/api/v1/value-models", model);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("path").GetString()!.StartsWith("$.inputs[0]", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "$.drivers[1].formula");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saving_adds_versions_and_partner_users_only_read(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var solution = $"Versioned {provider}";
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/v1/solutions", new { name = solution })).StatusCode);
        var document = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(DemoValueModels.ReadJson(DemoValueModels.NordlichtSecureMailReseller))!;
        document["solution"] = JsonSerializer.SerializeToElement(solution);
        var created = await manager.PostAsJsonAsync("/api/v1/value-models?comment=first", document);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        document["horizonMonths"] = JsonSerializer.SerializeToElement(48);
        var saved = await manager.PutAsJsonAsync($"/api/v1/value-models/{id}?comment=longer", document);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var versions = await manager.GetJsonAsync($"/api/v1/value-models/{id}/versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Equal(("longer", 2), (versions[0].GetProperty("comment").GetString(), versions[0].GetProperty("version").GetInt32()));
        var again = await manager.PutAsJsonAsync($"/api/v1/value-models/{id}", document);
        Assert.Equal(2, (await again.JsonAsync()).GetProperty("version").GetInt32());
        document["solution"] = JsonSerializer.SerializeToElement("Nordlicht Backup");
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PutAsJsonAsync($"/api/v1/value-models/{id}", document)).StatusCode);
        document["solution"] = JsonSerializer.SerializeToElement(solution);

        // A reseller model: the reseller partner's user reads it, the MSP partner's user does not see it at all.
        using var partner = await app.TokenClientAsync(TestApp.OtherPartnerEmail);
        using var msp = await app.TokenClientAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await msp.GetAsync($"/api/v1/value-models/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/v1/value-models/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PutAsJsonAsync($"/api/v1/value-models/{id}", document)).StatusCode);
        var run = await (await partner.PostAsJsonAsync($"/api/v1/value-models/{id}/run", new { set = new { dealsPerMonth = 3 } })).JsonAsync();
        var compiled = ValueModelCompiler.Compile(ValueModelJson.Parse(JsonSerializer.Serialize(document)).Document!).Model!;
        Assert.Equal(Math.Round(compiled.Evaluate(new Dictionary<string, double> { ["dealsPerMonth"] = 3 }).Npv, 2), run.GetProperty("npv").GetDouble(), 2);
    }
}
