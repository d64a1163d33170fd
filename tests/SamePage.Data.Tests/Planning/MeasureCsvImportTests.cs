using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Data.Planning;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Planning;

public sealed class MeasureCsvImportTests
{
    private const string Header = "name,description,instrument,owner,solution,segments,costOneOff,costPerMonth,start,end,status,effects,dependsOn,excludes";

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_checks_every_row_first_and_saves_all_or_nothing_idempotently(string provider)
    {
        await using var database = await PlanningTestServices.DemoAsync(provider);
        await using var db = database.CreateContext();
        var services = new PlanningTestServices(db);
        var import = new MeasureCsvImport(db, services.Measures);
        var before = await db.Measures.CountAsync();

        var bad = await import.ImportAsync(Csv(
            Header,
            "Partner day,,Communication,Marketing,Nordlicht Backup,MSP,5000,0,2027-04-01,2027-04-30,planned,seatsPerCustomer:relative:0:0.03:0.06:perceived,,",
            "Bad dates,,MDF,Marketing,Nordlicht Backup,MSP,abc,0,2027-13-01,2027-04-30,soon,recurringMargin:percent:0:1:2:factual,,",
            "Unknown input,,MDF,Nobody,Nordlicht Backup,MSP,0,100,2027-01-01,2027-12-31,idea,happiness:absolute:0:1:2:factual,Missing measure,"));
        Assert.False(bad.Ok);
        Assert.Equal(before, await db.Measures.CountAsync());
        Assert.Contains(bad.Problems, p => p is { Line: 3, Column: "costOneOff" });
        Assert.Contains(bad.Problems, p => p is { Line: 3, Column: "start" });
        Assert.Contains(bad.Problems, p => p is { Line: 3, Column: "status" });
        Assert.Contains(bad.Problems, p => p.Line == 3 && p.Column == "effects" && p.Reason.Contains("percent", StringComparison.Ordinal));
        Assert.Contains(bad.Problems, p => p is { Line: 4, Column: "owner" });
        Assert.Contains(bad.Problems, p => p.Line == 4 && p.Column == "effects" && p.Reason.Contains("happiness", StringComparison.Ordinal));
        Assert.Contains(bad.Problems, p => p is { Line: 4, Column: "dependsOn" });
        Assert.DoesNotContain(bad.Problems, p => p.Line == 2);

        string[] good =
        [
            Header,
            "Partner day,Yearly partner day,Communication,Marketing,Nordlicht Backup,MSP,5000,0,2027-04-01,2027-04-30,planned,seatsPerCustomer:relative:0:0.03:0.06:perceived,,",
            "\"Follow-up webinars, monthly\",,MDF,Marketing,Nordlicht Backup,MSP,0,500,2027-05-01,2027-12-31,idea,newCustomersPerMonth:relative:0.01:0.02:0.04:factual,Partner day,",
        ];
        var first = await import.ImportAsync(Csv(good));
        Assert.True(first.Ok, string.Join("; ", first.Problems));
        Assert.Equal((2, 0), (first.Created, first.Updated));
        var again = await import.ImportAsync(Csv(good));
        Assert.Equal((0, 2), (again.Created, again.Updated));
        Assert.Equal(before + 2, await db.Measures.CountAsync());

        var list = await services.Measures.ListAsync("Nordlicht Backup");
        var day = list.Single(m => m.Name == "Partner day");
        var webinars = list.Single(m => m.Name == "Follow-up webinars, monthly");
        Assert.Equal([day.Id], webinars.DependsOn);
        // 500 per month for May–December = 8 months.
        Assert.Equal(4_000, webinars.VendorCost);
        Assert.Equal(0.02, webinars.Effects.Single().Likely);
    }
}
