using System.Net;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class MeasureFormTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_channel_manager_edits_a_measure_in_the_form(string provider)
    {
        var app = apps[provider];
        using var api = await app.TokenClientAsync(TestApp.ManagerEmail);
        var measure = (await api.GetJsonAsync("/api/v1/measures")).GetProperty("items")[0];
        var id = measure.GetProperty("id").GetInt32();

        using var ui = await app.LoginAsync(TestApp.ManagerEmail);
        var form = await ui.GetStringAsync($"/measures/{id}/edit");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(measure.GetProperty("name").GetString()!), form);
        var fields = FormFields(form);
        fields["Name"] = $"Renamed in the form {provider}";
        fields["__RequestVerificationToken"] = TestClients.AntiforgeryToken(form);
        var saved = await ui.PostAsync($"/measures/{id}/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/measures/{id}", saved.Headers.Location!.ToString());
        Assert.Equal($"Renamed in the form {provider}", (await api.GetJsonAsync($"/api/v1/measures/{id}")).GetProperty("name").GetString());

        fields["Effects"] = "noSuchInput:absolute:1:2:3:factual";
        fields["__RequestVerificationToken"] = TestClients.AntiforgeryToken(await ui.GetStringAsync($"/measures/{id}/edit"));
        var rejected = await ui.PostAsync($"/measures/{id}/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("noSuchInput", await rejected.Content.ReadAsStringAsync());

        using var partner = await app.LoginAsync(TestApp.PartnerEmail);
        Denied.AssertPageDenied(await partner.GetAsync($"/measures/{id}/edit"));
    }

    /// <summary>The values of the form's inputs, selects (selected option) and textareas, as the browser would send them.</summary>
    private static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<input name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\""))
        {
            fields[m.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
        }
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<select name=\"([^\"]+)\">(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            var selected = System.Text.RegularExpressions.Regex.Match(m.Groups[2].Value, "<option value=\"([^\"]*)\" selected=\"selected\"");
            if (selected.Success)
            {
                fields[m.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(selected.Groups[1].Value);
            }
        }
        var effects = System.Text.RegularExpressions.Regex.Match(html, "<textarea name=\"Effects\"[^>]*>(.*?)</textarea>", System.Text.RegularExpressions.RegexOptions.Singleline);
        fields["Effects"] = System.Net.WebUtility.HtmlDecode(effects.Groups[1].Value);
        return fields;
    }
}
