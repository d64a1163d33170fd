using SamePage.Data.Imports;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Data.Planning;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Planning;

public sealed class MeasureCsvImportTests
{
    private const string Header = "name,description,instrument,owner,solution,segments,costOneOff,costPerMonth,start,end,status,effects,dependsOn,excludes";

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    private static Task<ImportOutcome> Run(MeasureCsvImport import, Stream csv) => import.ImportAsync(csv, new ImportRequest("", "measures.csv"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_checks_every_row_first_and_saves_all_or_nothing_idempotently(string provider)
    {
        await using var database = await PlanningTestServices.DemoAsync(provider);
        await using var db = database.CreateContext();
        var services = new PlanningTestServices(db);
        var import = new MeasureCsvImport(db, services.Measures);
        var before = await db.Measures.CountAsync();

        var bad = await Run(import, Csv(
            Header,
            "Partner day,,Communication,Marketing,Nordlicht Backup,MSP,5000,0,2027-04-01,2027-04-30,planned,seatsPerCustomer:relative:0:0.03:0.06:perceived,,",
            "Bad dates,,MDF,Marketing,Nordlicht Backup,MSP,abc,0,2027-13-01,2027-04-30,soon,recurringMargin:percent:0:1:2:factual,,",
            "Unknown input,,MDF,Nobody,Nordlicht Backup,MSP,0,100,2027-01-01,2027-12-31,idea,happiness:absolute:0:1:2:factual,Missing measure,"));
        Assert.False(bad.Committed);
        Assert.True(bad.Report.HasErrors);
        Assert.Equal(before, await db.Measures.CountAsync());
        Assert.Contains(bad.Report.Issues, p => p is { Line: 3, Column: "costOneOff" });
        Assert.Contains(bad.Report.Issues, p => p is { Line: 3, Column: "start" });
        Assert.Contains(bad.Report.Issues, p => p is { Line: 3, Column: "status" });
        Assert.Contains(bad.Report.Issues, p => p.Line == 3 && p.Column == "effects" && p.Reason.Contains("percent", StringComparison.Ordinal));
        Assert.Contains(bad.Report.Issues, p => p is { Line: 4, Column: "owner" });
        Assert.Contains(bad.Report.Issues, p => p.Line == 4 && p.Column == "effects" && p.Reason.Contains("happiness", StringComparison.Ordinal));
        Assert.Contains(bad.Report.Issues, p => p is { Line: 4, Column: "dependsOn" });
        Assert.DoesNotContain(bad.Report.Issues, p => p.Line == 2);

        string[] good =
        [
            Header,
            "Partner day,Yearly partner day,Communication,Marketing,Nordlicht Backup,MSP,5000,0,2027-04-01,2027-04-30,planned,seatsPerCustomer:relative:0:0.03:0.06:perceived,,",
            "\"Follow-up webinars, monthly\",,MDF,Marketing,Nordlicht Backup,MSP,0,500,2027-05-01,2027-12-31,idea,newCustomersPerMonth:relative:0.01:0.02:0.04:factual,Partner day,",
        ];
        var first = await Run(import, Csv(good));
        Assert.True(first.Committed, first.Report.ToText());
        Assert.Equal((2, 0), (first.Inserted, first.Updated));
        var again = await Run(import, Csv(good));
        Assert.Equal((0, 2), (again.Inserted, again.Updated));
        Assert.Equal(before + 2, await db.Measures.CountAsync());

        var list = await services.Measures.ListAsync("Nordlicht Backup");
        var day = list.Single(m => m.Name == "Partner day");
        var webinars = list.Single(m => m.Name == "Follow-up webinars, monthly");
        Assert.Equal([day.Id], webinars.DependsOn);
        // 500 per month for May–December = 8 months.
        Assert.Equal(4_000, webinars.VendorCost);
        Assert.Equal(0.02, webinars.Effects.Single().Likely);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Skipping_invalid_rows_also_rejects_the_rows_that_refer_to_them_and_writes_both_to_the_rejects_file(string provider)
    {
        await using var database = await PlanningTestServices.DemoAsync(provider);
        await using var db = database.CreateContext();
        var import = new MeasureCsvImport(db, new PlanningTestServices(db).Measures);
        var before = await db.Measures.CountAsync();
        var rejects = Path.Join(Path.GetTempPath(), $"measure-rejects-{Guid.NewGuid():N}.csv");
        try
        {
            // Line 3 has a bad date; line 4 depends on line 3; line 5 depends on line 4; line 2 stands alone.
            var outcome = await import.ImportAsync(Csv(
                Header,
                "Keep me,,Communication,,Nordlicht Backup,MSP,100,0,2027-01-01,2027-01-31,idea,,,",
                "Bad date,,Communication,,Nordlicht Backup,MSP,100,0,2027-02-30,2027-03-31,idea,,,",
                "Needs bad,,Communication,,Nordlicht Backup,MSP,100,0,2027-01-01,2027-01-31,idea,,Bad date,",
                "Needs needs bad,,Communication,,Nordlicht Backup,MSP,100,0,2027-01-01,2027-01-31,idea,,Needs bad,"),
                new ImportRequest("", "measures.csv") { SkipInvalid = true, RejectsPath = rejects });

            Assert.True(outcome.Committed);
            Assert.Equal((4L, 1L, 3L, 1L), (outcome.Report.RowsRead, outcome.Report.ValidRows, outcome.Rejected, outcome.Inserted));
            Assert.Equal([3L, 4L, 5L], outcome.Report.Issues.Select(i => i.Line).Order());
            Assert.Equal(before + 1, await db.Measures.CountAsync());
            Assert.True(await db.Measures.AnyAsync(m => m.Name == "Keep me"));
            var lines = await File.ReadAllLinesAsync(rejects);
            Assert.Equal(Header + ",reason", lines[0]);
            Assert.Equal(["Bad date", "Needs bad", "Needs needs bad"], lines.Skip(1).Select(l => l.Split(',')[0]));
            Assert.Contains("'Needs bad' is rejected in this file", lines[3], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(rejects);
        }
    }
}
