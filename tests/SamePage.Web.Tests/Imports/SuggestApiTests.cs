using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests.Imports;

[Collection(AppCollection.Name)]
public sealed class SuggestApiTests(AppFixture apps)
{
    private static MultipartFormDataContent File(string csv, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        return form;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_survey_tool_export_keeps_its_answer_columns_and_matches_partners_by_name(string provider)
    {
        using var manager = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        await using var db = apps[provider].Database.CreateContext();
        var partner = db.Partners.OrderBy(p => p.ExternalId).Select(p => p.Name).First();
        var response = await manager.PostAsync("/api/v1/imports/survey-responses/suggest", File($"Response ID,Partner,nps,est.deals\nR1,{partner},9,2\n", "answers.csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var columns = result.GetProperty("suggestion").GetProperty("mapping").GetProperty("columns");
        Assert.Equal("Response ID", columns.GetProperty("externalId").GetProperty("column").GetString());
        Assert.Equal("Partner", columns.GetProperty("partnerId").GetProperty("column").GetString());
        Assert.Equal("nps", columns.GetProperty("nps").GetProperty("column").GetString());
        Assert.Equal("est.deals", columns.GetProperty("est.deals").GetProperty("column").GetString());
        var row = Assert.Single(result.GetProperty("rows").EnumerateArray());
        Assert.Empty(row.GetProperty("issues").EnumerateArray());
        Assert.StartsWith(partner, row.GetProperty("values").GetProperty("partnerId").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Partner_users_neither_see_mappings_nor_get_suggestions(string provider)
    {
        using var partner = await apps[provider].TokenClientAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/import-mappings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/import-mappings/salesforce-opportunities")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync("/api/v1/imports/deals/suggest", File("a,b\n1,2\n", "x.csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync("/api/v1/import-mappings", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saving_a_changed_mapping_adds_a_version_and_an_unchanged_one_none(string provider)
    {
        using var manager = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var name = $"versions-{Guid.NewGuid():N}"[..20];
        var mapping = """{"format":"samepage.mapping/1","kind":"partners","columns":{"externalId":{"column":"Id"},"name":{"column":"Firma"},"type":{"constant":"msp"}}}""";
        var first = await manager.PostAsync($"/api/v1/import-mappings?name={name}", new StringContent(mapping, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var same = await manager.PostAsync($"/api/v1/import-mappings?name={name}", new StringContent(mapping, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var changed = await manager.PostAsync($"/api/v1/import-mappings?name={name}", new StringContent(mapping.Replace("msp", "var", StringComparison.Ordinal), Encoding.UTF8, "application/json"));
        Assert.Equal(2, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var v1 = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/import-mappings/{name}@1");
        Assert.Equal("msp", v1.GetProperty("columns").GetProperty("type").GetProperty("constant").GetString());
        var latest = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/import-mappings/{name}");
        Assert.Equal("var", latest.GetProperty("columns").GetProperty("type").GetProperty("constant").GetString());
        var list = await manager.GetFromJsonAsync<JsonElement>("/api/v1/import-mappings");
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("name").GetString() == name && m.GetProperty("version").GetInt32() == 2);
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("name").GetString() == "hubspot-deals" && m.GetProperty("builtIn").GetBoolean());

        var refused = await manager.PostAsync("/api/v1/import-mappings?name=salesforce-opportunities", new StringContent(mapping, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("built-in preset", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
