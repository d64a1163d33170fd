using System.Net;
using System.Text;
using SamePage.TestSupport;
using SamePage.Web.Exports;

namespace SamePage.Web.Tests.Security;

/// <summary>Partner names that a spreadsheet would run as formulas come out of every CSV export as text.</summary>
[Collection(AppCollection.Name)]
public sealed class CsvInjectionTests(AppFixture apps)
{
    private static readonly string[] s_attacks = ["=HYPERLINK(\"http://evil.example\";\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Formula_names_imported_by_a_partner_feed_are_neutralised_in_the_csv_export(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var body = new StringBuilder("externalId;name;type\n");
        for (var i = 0; i < s_attacks.Length; i++)
        {
            body.Append($"INJ-{provider}-{i};\"{s_attacks[i].Replace("\"", "\"\"", StringComparison.Ordinal)}\";msp\n");
        }
        var imported = await manager.PostAsync("/api/v1/imports/partners", new StringContent(body.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        using var ui = await app.LoginAsync(TestApp.ManagerEmail);
        var csv = await ui.GetStringAsync($"/exports/partners.csv?q=INJ-{provider}");
        foreach (var attack in s_attacks)
        {
            // The cell is the apostrophe plus the name, CSV-quoted where the name needs it.
            var cell = "'" + attack;
            var quoted = "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            Assert.True(csv.Contains("," + cell + ",", StringComparison.Ordinal) || csv.Contains("," + quoted + ",", StringComparison.Ordinal), $"{attack} not neutralised in:\n{csv}");
        }
    }

    [Fact]
    public async Task Numbers_stay_numbers_and_only_text_is_prefixed()
    {
        var table = new ExportTable("t", ["n", "d", "s", "tab", "plain"], [[-5, -1.5m, "-5", "\tx", "Müller GmbH"]]);
        using var output = new MemoryStream();
        await TableExport.WriteCsvAsync(table, output);
        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("-5,-1.5,'-5,'\tx,Müller GmbH", lines[1].TrimEnd('\r'));
    }
}
