using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Data.Actuals;
using SamePage.Data.Entities;
using SamePage.Data.Imports;
using SamePage.Data.Values;
using SamePage.TestSupport;

namespace SamePage.Data.Tests;

/// <summary>Real files through the importer, rollups and the actuals service, checked against hand-computed figures.</summary>
public sealed class ImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samepage-import-").FullName;

    private string Write(string name, string content)
    {
        var path = Path.Join(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<ImportOutcome> ImportAsync(SamePageDbContext db, ImportKind kind, string path, bool skipInvalid = false, string? rejects = null) =>
        await new ChannelImporter(db).ImportAsync(kind, new ImportRequest(path, Path.GetFileName(path)) { SkipInvalid = skipInvalid, RejectsPath = rejects });

    private async Task SeedAsync(SamePageDbContext db)
    {
        db.Solutions.Add(new Solution { Name = "Backup", ServicesGrossMargin = 0.5m });
        await db.SaveChangesAsync();
        var partners = Write("partners.csv", "\uFEFFexternalId;name;type;tier;country;region;segment\r\nA1;Alpha GmbH;msp;Gold;de;Nord;MSP\r\nB2;\"Beta; Co\";reseller;Silver;AT;Wien;Reseller\r\n");
        var outcome = await ImportAsync(db, ImportKind.Partners, partners);
        Assert.True(outcome.Committed, outcome.Report.ToText());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imported_deals_give_the_hand_computed_metrics(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedAsync(db);
        Assert.Equal("Beta; Co", (await db.Partners.SingleAsync(p => p.ExternalId == "B2")).Name);

        // Window 2025-01..2025-02 (2 months) for partner A1.
        var deals = Write("deals.csv", """
            externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status
            d1,A1,Backup,2025-01-10,new,c1,1000,0.10,500,10,won
            d2,A1,Backup,2025-01-20,new,c2,3000,0.20,0,30,won
            d3,A1,Backup,2025-02-05,upsell,c1,1000,0.10,100,0,won
            d4,A1,Backup,2025-02-06,new,c3,2000,0.10,0,20,lost
            d5,A1,Backup,2025-02-07,recurring,pf,600,0.25,0,0,won
            """);
        var costs = Write("costs.csv", """
            externalId,partnerId,solution,date,category,amount,hours
            k1,A1,Backup,2025-01-02,certification,1500,
            k2,A1,Backup,2025-02-02,presales,350,5
            """);
        Assert.True((await ImportAsync(db, ImportKind.Deals, deals)).Committed);
        Assert.True((await ImportAsync(db, ImportKind.Costs, costs)).Committed);

        var report = await new ActualsService(db, new ValueModelStore(db), new TargetStore(db)).ComputeAsync(new ActualsQuery("Backup")
        {
            PartnerExternalId = "A1", From = YearMonth.Parse("2025-01"), To = YearMonth.Parse("2025-02"),
        });
        var a = Assert.Single(report.Partners);
        var m = a.Metrics;
        Assert.Equal(2, a.Months);
        Assert.Equal(2m / 2, m.NewCustomersPerMonth);                    // c1, c2 won new
        Assert.Equal(3m / 2, m.DealsPerMonth);                           // d1, d2, d3
        Assert.Equal((1000m + 3000m + 1000m) / 3, m.AvgProductRevenue);
        // Σ rev × margin / Σ rev over all won: (100 + 600 + 100 + 150) / 5600
        Assert.Equal(950m / 5600m, m.AvgPartnerMargin!.Value, 10);
        Assert.Equal(600m / 5600m, m.ServicesAttachRate!.Value, 10);
        Assert.Equal(600m / 3m, m.ServicesPerDeal!.Value, 10);
        Assert.Equal(40m / 2m, m.SeatsPerCustomer);
        Assert.Equal(3m / 4m, m.WinRate);                                 // 3 won of 4 new/upsell
        Assert.Equal(600m / 2m, m.RecurringRevenuePerMonth);
        Assert.Equal(950m, a.ProductMarginIncome);
        Assert.Equal(1850m, a.PartnerCosts);
        // realized = 950 + 600 × 0.5 − 1850
        Assert.Equal(-600m, a.RealizedProfit);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task New_customers_are_distinct_per_window_also_when_a_customer_bought_new_before_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedAsync(db);
        // c1: new in January and June; c2: new in June only; c3: new in February and March; c4: lost in June (not counted).
        var deals = Write("deals.csv", """
            externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status
            d1,A1,Backup,2025-01-10,new,c1,100,0.1,0,1,won
            d2,A1,Backup,2025-06-10,new,c1,100,0.1,0,1,won
            d3,A1,Backup,2025-06-11,new,c2,100,0.1,0,1,won
            d4,A1,Backup,2025-02-01,new,c3,100,0.1,0,1,won
            d5,A1,Backup,2025-03-01,new,c3,100,0.1,0,1,won
            d6,A1,Backup,2025-06-12,new,c4,100,0.1,0,1,lost
            d7,A1,Backup,2025-06-20,new,c1,100,0.1,0,1,won
            """);
        Assert.True((await ImportAsync(db, ImportKind.Deals, deals)).Committed);
        var actuals = new ActualsService(db, new ValueModelStore(db), new TargetStore(db));
        async Task<decimal> NewCustomersPerMonth(string from, string to) => Assert.Single((await actuals.ComputeAsync(new ActualsQuery("Backup")
        {
            PartnerExternalId = "A1", From = YearMonth.Parse(from), To = YearMonth.Parse(to),
        })).Partners).Metrics.NewCustomersPerMonth;

        Assert.Equal(3m / 6, await NewCustomersPerMonth("2025-01", "2025-06"));   // c1, c2, c3
        Assert.Equal(2m / 2, await NewCustomersPerMonth("2025-05", "2025-06"));   // c1 (first bought in January), c2
        Assert.Equal(1m / 1, await NewCustomersPerMonth("2025-03", "2025-03"));   // c3 (first bought in February)

        // A later import (the upsert path) keeps it exact: c2 also bought new in January, c5 in May.
        var more = Write("more.csv", """
            externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status
            d8,A1,Backup,2025-01-15,new,c2,100,0.1,0,1,won
            d9,A1,Backup,2025-05-02,new,c5,100,0.1,0,1,won
            """);
        Assert.True((await ImportAsync(db, ImportKind.Deals, more)).Committed);
        Assert.Equal(4m / 6, await NewCustomersPerMonth("2025-01", "2025-06"));   // c1, c2, c3, c5
        Assert.Equal(3m / 2, await NewCustomersPerMonth("2025-05", "2025-06"));   // c1, c2 (both first in January), c5
        Assert.Equal(2m / 1, await NewCustomersPerMonth("2025-01", "2025-01"));   // c1, c2
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Amounts_keep_four_decimals_in_the_deals_and_in_the_rollups(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedAsync(db);
        var deals = Write("deals.csv", """
            externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status
            d1,A1,Backup,2025-01-10,new,c1,100.123456,0.123456,0.00005,1,won
            """);
        Assert.True((await ImportAsync(db, ImportKind.Deals, deals)).Committed);
        var deal = await db.Deals.IgnoreQueryFilters().AsNoTracking().SingleAsync();
        Assert.Equal((100.1235m, 0.1235m, 0.0001m), (deal.ProductRevenue, deal.PartnerMargin, deal.ServicesRevenue));
        var month = await db.PartnerSolutionMonths.IgnoreQueryFilters().AsNoTracking().SingleAsync();
        Assert.Equal(100.1235m, month.ProductRevenue);
        Assert.Equal(12.3653m, month.ProductMarginIncome);   // 100.1235 × 0.1235 = 12.36525225
        Assert.Equal(0.0001m, month.ServicesRevenue);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_row_imports_nothing_and_reimports_change_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext(new RequestActor { UserName = "importer" });
        await SeedAsync(db);
        const string header = "externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status\n";
        var good = Write("good.csv", header + "g1,A1,Backup,2025-03-01,new,c1,100,0.1,0,1,won\ng2,B2,Backup,2025-03-02,new,c2,200,0.1,0,1,won\n");
        var bad = Write("bad.csv", header + "h1,A1,Backup,2025-03-01,new,c1,100,0.1,0,1,won\nh2,ZZ,Backup,2025-03-02,new,c2,200,0.1,0,1,won\n");

        var rejected = await ImportAsync(db, ImportKind.Deals, bad);
        Assert.False(rejected.Committed);
        var issue = Assert.Single(rejected.Report.Issues);
        Assert.Equal((3L, "partnerId", "ZZ"), (issue.Line, issue.Column, issue.Value));
        Assert.Equal(0, await db.Deals.CountAsync());
        Assert.Equal(0, await db.PartnerSolutionMonths.CountAsync());

        var first = await ImportAsync(db, ImportKind.Deals, good);
        Assert.Equal((2L, 0L, 0L), (first.Inserted, first.Updated, first.Unchanged));
        var again = await ImportAsync(db, ImportKind.Deals, good);
        Assert.Equal((0L, 0L, 2L), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(2, await db.Deals.CountAsync());

        var changed = Write("changed.csv", header + "g1,A1,Backup,2025-03-01,new,c1,150,0.1,0,1,won\n");
        var update = await ImportAsync(db, ImportKind.Deals, changed);
        Assert.Equal((0L, 1L), (update.Inserted, update.Updated));
        Assert.Equal(150m, (await db.Deals.SingleAsync(d => d.ExternalId == "g1")).ProductRevenue);
        var audit = await db.AuditEntries.Where(a => a.Action == "Imported" && a.EntityId == "changed.csv").SingleAsync();
        Assert.Contains("\"Updated\":1", audit.Changes);
        Assert.Equal("importer", audit.UserName);

        var rejects = Path.Join(_folder, "rejects.csv");
        var skipped = await ImportAsync(db, ImportKind.Deals, bad, skipInvalid: true, rejects: rejects);
        Assert.True(skipped.Committed);
        Assert.Equal(1L, skipped.Inserted);
        var lines = File.ReadAllLines(rejects);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("reason", lines[0]);
        Assert.Contains("ZZ", lines[1]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_crash_mid_import_leaves_the_database_as_it_was(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedAsync(db);
        var rows = string.Join("\n", Enumerable.Range(1, 30_000).Select(i => $"x{i},A1,Backup,2025-03-01,new,c{i},100,0.1,0,1,won"));
        var big = Write("big.csv", "externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status\n" + rows + "\n");
        using var cancel = new CancellationTokenSource();
        var progress = new InlineProgress(done => { if (done > 0) { cancel.Cancel(); } });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ChannelImporter(db).ImportAsync(ImportKind.Deals, new ImportRequest(big, "big.csv"), progress, cancel.Token));
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Deals.CountAsync());
        Assert.Equal(0, await check.PartnerSolutionMonths.CountAsync());
    }

    private sealed class InlineProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
