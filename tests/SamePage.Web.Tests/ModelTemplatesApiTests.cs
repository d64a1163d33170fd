using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>Value models from templates and clones over the API: version 1, nothing overwritten, the segments of the solution only.</summary>
[Collection(AppCollection.Name)]
public sealed class ModelTemplatesApiTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_model_from_the_msp_template_is_version_1_and_clones_to_another_segment(string provider)
    {
        using var manager = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var templates = await manager.GetJsonAsync("/api/v1/value-model-templates");
        Assert.Equal(["msp-managed-service", "reseller-licences", "si-projects", "cloud-marketplace", "two-tier-distribution"],
            templates.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.All(templates.EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("name").GetProperty("de").GetString())));
        var msp = templates.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "msp-managed-service");
        // docs/templates.md and the Core test compute this by hand from the template's figures.
        Assert.Equal(221_982.91, msp.GetProperty("npv").GetDouble(), 0.01);

        var name = $"Template test {Guid.NewGuid():N}"[..28];
        var solution = await (await manager.PostAsJsonAsync("/api/v1/solutions", new { name, currency = "USD", segments = new[] { "MSP", "Reseller" } })).JsonAsync();
        var solutionId = solution.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture);

        var bad = await manager.PostAsJsonAsync("/api/v1/value-models/from-template", new { solution = solutionId, segment = "SI", template = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("segment", out _) && errors.TryGetProperty("template", out _));

        var created = await manager.PostAsJsonAsync("/api/v1/value-models/from-template", new { solution = name, segment = "msp", template = "msp-managed-service" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var model = await created.JsonAsync();
        Assert.Equal((1, "MSP"), (model.GetProperty("version").GetInt32(), model.GetProperty("segment").GetString()));
        Assert.Equal((name, "USD"), (model.GetProperty("model").GetProperty("solution").GetString(), model.GetProperty("model").GetProperty("currency").GetString()));
        var id = model.GetProperty("id").GetInt32();
        var run = await (await manager.PostAsJsonAsync($"/api/v1/value-models/{id}/run", new { })).JsonAsync();
        Assert.Equal(221_982.91, run.GetProperty("npv").GetDouble(), 0.01);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync("/api/v1/value-models/from-template", new { solution = name, segment = "MSP", template = "reseller-licences" })).StatusCode);

        var clone = await manager.PostAsJsonAsync($"/api/v1/value-models/{id}/clone", new { segment = "Reseller" });
        Assert.Equal(HttpStatusCode.Created, clone.StatusCode);
        var copy = await clone.JsonAsync();
        Assert.Equal((1, "Reseller"), (copy.GetProperty("version").GetInt32(), copy.GetProperty("segment").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/v1/value-models/{id}/clone", new { segment = "Reseller" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync($"/api/v1/value-models/{id}/clone", new { segment = "Distributor" })).StatusCode);

        using var partner = await apps[provider].TokenClientAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync("/api/v1/value-models/from-template", new { solution = name, segment = "MSP", template = "msp-managed-service" })).StatusCode);

        // Archived: out of the cockpit and the other tests' way; its models stay.
        await manager.PutAsJsonAsync($"/api/v1/solutions/{solutionId}", new { archived = true });
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/value-models/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_draft_editor_previews_the_business_case_without_saving_and_puts_errors_at_their_row(string provider)
    {
        using var api = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var name = $"Draft test {Guid.NewGuid():N}"[..25];
        var id = (await (await api.PostAsJsonAsync("/api/v1/solutions", new { name, segments = new[] { "MSP" } })).JsonAsync()).GetProperty("id").GetInt32();
        using var manager = await apps[provider].LoginAsync(TestApp.ManagerEmail);
        var draft = $"/models/draft?solution={id}&segment=MSP&template=msp-managed-service";
        var page = await manager.GetStringAsync(draft);
        Assert.Contains("id=\"live-case\"", page, StringComparison.Ordinal);

        var fields = FormFields(page);
        var preview = await Preview(manager, fields);
        Assert.Equal(221_982.91, preview.GetProperty("npv").GetDouble(), 0.01);
        Assert.Equal(0, preview.GetProperty("errors").GetArrayLength());

        // One more new customer per month: more npv; a broken formula: an error at its row, no npv.
        var customers = fields.First(f => f.Value == "newCustomersPerMonth" && f.Key.EndsWith(".Name", StringComparison.Ordinal)).Key.Replace(".Name", ".Likely", StringComparison.Ordinal);
        var changed = fields.Select(f => f.Key == customers ? new KeyValuePair<string, string>(f.Key, "2") : f).ToList();
        Assert.True((await Preview(manager, changed)).GetProperty("npv").GetDouble() > 221_982.91 + 1_000);
        var formula = fields.First(f => f.Key.StartsWith("Drivers[1].Formula", StringComparison.Ordinal)).Key;
        var broken = fields.Select(f => f.Key == formula ? new KeyValuePair<string, string>(f.Key, "seats * (") : f).ToList();
        var failed = await Preview(manager, broken);
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("npv").ValueKind);
        var error = Assert.Single(failed.GetProperty("errors").EnumerateArray());
        Assert.Equal(("drivers", 1), (error.GetProperty("table").GetString(), error.GetProperty("row").GetInt32()));

        // Previews store nothing; saving the draft creates version 1.
        Assert.DoesNotContain((await api.GetJsonAsync("/api/v1/value-models")).GetProperty("items").EnumerateArray(), m => m.GetProperty("solution").GetString() == name);
        var saved = await manager.PostAsync(draft, new FormUrlEncodedContent(changed));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var model = (await api.GetJsonAsync("/api/v1/value-models")).GetProperty("items").EnumerateArray().Single(m => m.GetProperty("solution").GetString() == name);
        Assert.Equal(1, model.GetProperty("version").GetInt32());
        await api.PutAsJsonAsync($"/api/v1/solutions/{id}", new { archived = true });
    }

    private static async Task<JsonElement> Preview(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await client.PostAsync("/models/draft?handler=Preview", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>The editor form's fields as the browser would post them (inputs, selected options, textareas, hidden fields).</summary>
    private static List<KeyValuePair<string, string>> FormFields(string html)
    {
        var form = html[html.IndexOf("<form method=\"post\" id=\"model-editor\"", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(form, "<input ([^>]*)>"))
        {
            var attributes = m.Groups[1].Value;
            var name = Attribute(attributes, "name");
            if (name is null || (attributes.Contains("type=\"checkbox\"", StringComparison.Ordinal) && !attributes.Contains("checked", StringComparison.Ordinal)))
            {
                continue;
            }
            fields.Add(new(name, System.Net.WebUtility.HtmlDecode(Attribute(attributes, "value") ?? "")));
        }
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(form, "<select name=\"([^\"]+)\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            var selected = System.Text.RegularExpressions.Regex.Match(m.Groups[2].Value, "<option[^>]*selected=\"selected\"[^>]*>([^<]*)</option>");
            fields.Add(new(m.Groups[1].Value, selected.Success ? System.Net.WebUtility.HtmlDecode(selected.Groups[1].Value) : ""));
        }
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(form, "<textarea name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            fields.Add(new(m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)));
        }
        return fields;
    }

    private static string? Attribute(string attributes, string name) =>
        System.Text.RegularExpressions.Regex.Match(attributes, $"\\b{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;
}
