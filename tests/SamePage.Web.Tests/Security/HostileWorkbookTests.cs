using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SamePage.TestSupport;
using SamePage.Tests.Workbooks;

namespace SamePage.Web.Tests.Security;

/// <summary>Hostile workbooks are refused before the import takes its write lock, and the server keeps importing.</summary>
[Collection(AppCollection.Name)]
public sealed class HostileWorkbookTests(AppFixture apps)
{
    public static TheoryData<string, string, string> Attacks => new()
    {
        { "sqlite", "stray", "column 16,384" },
        { "sqlite", "gap", "empty rows" },
        { "sqlite", "bomb", "inflates to more than" },
        { "postgres", "stray", "column 16,384" },
        { "postgres", "bomb", "inflates to more than" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_hostile_workbook_gets_a_400_that_names_the_limit_and_the_next_import_works(string provider, string attack, string reason)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var workbook = attack switch
        {
            "stray" => HostileWorkbooks.StrayFarCell(),
            "gap" => HostileWorkbooks.HugeRowGap(),
            _ => HostileWorkbooks.ZipBomb(256),
        };
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "partners.xlsx");

        var response = await manager.PostAsync("/api/v1/imports/partners", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("partners.xlsx", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The server is not busy filling cells: the next import (a write) goes through at once.
        var next = await manager.PostAsync("/api/v1/imports/partners?dryRun=true", new StringContent("externalId,name,type\nHW-1,Hostile Test,msp\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
