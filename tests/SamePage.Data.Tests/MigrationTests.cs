using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SamePage.Data.Entities;
using SamePage.TestSupport;
using SamePage.Core.Actuals;

namespace SamePage.Data.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes without a migration: run scripts/add-migration.sh NAME.");
        Assert.Equal(0, await db.Partners.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upgrading_lists_the_repeat_new_customers_of_existing_deals(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        var repeat = migrations.Single(m => m.EndsWith("_RepeatNewCustomers", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(repeat) - 1]);

        // The rows are written in the schema of that migration, not today's model (which has columns the old tables lack).
        object created = db.IsSqlite ? 0L : DateTimeOffset.UnixEpoch;
        object needs = db.IsSqlite ? "[]" : Array.Empty<string>();
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"Solutions\" (\"Name\", \"ServicesGrossMargin\") VALUES ('S', 0.45)");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"Partners\" (\"ExternalId\", \"Name\", \"Type\", \"Tier\", \"Country\", \"Region\", \"Segment\", \"InformationNeeds\", \"CreatedAt\") VALUES ('P1', 'P1', 'Msp', 'Registered', 'DE', '', '', {needs}, {created})");
        var solutionId = await db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"Solutions\" WHERE \"Name\" = 'S'").SingleAsync();
        var partnerId = await db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"Partners\" WHERE \"ExternalId\" = 'P1'").SingleAsync();
        Deal D(string id, string date, string customer, DealStatus status = DealStatus.Won, DealType type = DealType.New) => new()
        {
            ExternalId = id, PartnerId = partnerId, SolutionId = solutionId, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Type = type, CustomerId = customer, ProductRevenue = 1, PartnerMargin = 0.1m, Status = status,
        };
        // c1 bought new in January and June (twice); c2 once; c3 lost in February and won in March; c4 upsold later.
        db.Deals.AddRange(D("1", "2025-01-05", "c1"), D("2", "2025-06-01", "c1"), D("3", "2025-06-20", "c1"), D("4", "2025-06-02", "c2"),
            D("5", "2025-02-01", "c3", DealStatus.Lost), D("6", "2025-03-01", "c3"), D("7", "2025-01-01", "c4"), D("8", "2025-04-01", "c4", type: DealType.Upsell));
        await db.SaveChangesAsync();

        await migrator.MigrateAsync();
        var rows = await db.RepeatNewCustomerMonths.AsNoTracking().ToListAsync();
        Assert.Equal(["c1 2025-01", "c1 2025-06"], rows.Select(r => $"{r.CustomerId} {r.Month:yyyy-MM}").Order(StringComparer.Ordinal));

        // Later migrations keep existing rows: partners get no aliases and no CRM id, solutions the euro.
        var upgraded = await db.Partners.AsNoTracking().SingleAsync(p => p.ExternalId == "P1");
        Assert.Empty(upgraded.Aliases);
        Assert.Null(upgraded.CrmId);
        Assert.Equal("EUR", (await db.Solutions.AsNoTracking().SingleAsync(s => s.Name == "S")).Currency);
    }
}
