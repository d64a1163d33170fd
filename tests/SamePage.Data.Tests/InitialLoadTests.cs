using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SamePage.Data.Channel;
using SamePage.Data.Entities;
using PartnerSolutionMonth = SamePage.Data.Entities.PartnerSolutionMonth;
using SamePage.TestSupport;
using SamePage.Core.Actuals;

namespace SamePage.Data.Tests;

/// <summary>
/// The initial-load path (empty table: indexes and keys rebuilt around plain inserts, rollups summed while streaming)
/// must leave exactly what the upsert path and the SQL rollup rebuild would.
/// </summary>
public sealed class InitialLoadTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Streamed_rollups_of_initial_loads_equal_a_full_sql_rebuild(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var (partners, solutions) = await SeedAsync(db);
        var deals = RandomDeals(partners, solutions, 3000, seed: 7).ToList();
        var costs = RandomCosts(partners, solutions, 800, seed: 8).ToList();

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            var writer = new ChannelDataWriter(db);
            Assert.True((await writer.UpsertDealsAsync(deals)).InitialLoad);
            Assert.True((await writer.UpsertCostsAsync(costs)).InitialLoad);   // merges into the deal rollups
            await tx.CommitAsync();
        }
        var streamed = await SnapshotAsync(db);
        var streamedRepeats = await RepeatsAsync(db);
        await RebuildAllAsync(db);
        var rebuilt = await SnapshotAsync(db);
        Assert.True(streamed.Count > 100);
        AssertSameRollups(rebuilt, streamed);
        Assert.True(streamedRepeats.Count > 50);
        Assert.Equal(await RepeatsAsync(db), streamedRepeats);

        // A later import of changed and new rows takes the upsert path and still agrees with the rebuild.
        // Deals of the first partner move to the second: the first partner is touched only as the earlier owner.
        var changed = deals.Where(d => d.PartnerId != partners[0]).Take(480).Select(d => With(d, d.ProductRevenue + 10m, d.PartnerId))
            .Concat(deals.Where(d => d.PartnerId == partners[0]).Take(20).Select(d => With(d, d.ProductRevenue, partners[1])))
            .Concat(RandomDeals(partners[1..], solutions, 200, seed: 9, prefix: "late")).ToList();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            var result = await new ChannelDataWriter(db).UpsertDealsAsync(changed);
            Assert.False(result.InitialLoad);
            Assert.Equal(700, result.Written);
            Assert.Equal(200, result.Inserted);
            await tx.CommitAsync();
        }
        var upserted = await SnapshotAsync(db);
        await RebuildAllAsync(db);
        AssertSameRollups(await SnapshotAsync(db), upserted);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_initial_load_leaves_the_migrated_indexes_and_keys_also_when_it_fails(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var (partners, solutions) = await SeedAsync(db);
        var migrated = await SchemaAsync(db);
        Assert.Contains(migrated, d => d.Contains("IX_Deals_ExternalId", StringComparison.Ordinal));

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            IEnumerable<Deal> Failing()
            {
                foreach (var deal in RandomDeals(partners, solutions, 100, seed: 1))
                {
                    yield return deal;
                }
                throw new InvalidDataException("the source broke");
            }
            await Assert.ThrowsAsync<InvalidDataException>(() => new ChannelDataWriter(db).UpsertDealsAsync(Failing()));
            await tx.RollbackAsync();
        }
        Assert.Equal(migrated, await SchemaAsync(db));
        Assert.Equal(0, await db.Deals.IgnoreQueryFilters().CountAsync());

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await new ChannelDataWriter(db).UpsertDealsAsync(RandomDeals(partners, solutions, 100, seed: 1));
            await new ChannelDataWriter(db).UpsertCostsAsync(RandomCosts(partners, solutions, 100, seed: 2));
            await tx.CommitAsync();
        }
        Assert.Equal(migrated, await SchemaAsync(db));

        // The rebuilt unique index still refuses a second row with the same external id.
        var copy = await db.Deals.IgnoreQueryFilters().AsNoTracking().FirstAsync();
        copy.Id = 0;
        db.Deals.Add(copy);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Text_with_tabs_newlines_and_backslashes_is_stored_unchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var (partners, solutions) = await SeedAsync(db);
        const string awkward = "a\tb\\c\nd\re \\N Müller-Größe €";
        var first = RandomDeals(partners, solutions, 1, seed: 3).Single();
        first.ExternalId = "x\t1";
        first.CustomerId = awkward;
        var second = RandomDeals(partners, solutions, 1, seed: 4, prefix: "y\\").Single();
        second.CustomerId = awkward + "!";
        foreach (var deal in new[] { first, second })   // the first is an initial load, the second an upsert
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await new ChannelDataWriter(db).UpsertDealsAsync([deal]);
            await tx.CommitAsync();
        }
        var stored = await db.Deals.IgnoreQueryFilters().AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.ExternalId, d.CustomerId }).ToListAsync();
        Assert.Equal([("x\t1", awkward), ("y\\0", awkward + "!")], stored.Select(d => (d.ExternalId, d.CustomerId)));
    }

    private static async Task<(int[] Partners, int[] Solutions)> SeedAsync(SamePageDbContext db)
    {
        var solutions = Enumerable.Range(1, 2).Select(i => new Solution { Name = $"S{i}" }).ToList();
        var partners = Enumerable.Range(1, 12).Select(i => new Partner { ExternalId = $"P{i}", Name = $"P{i}", Type = PartnerType.Reseller }).ToList();
        db.AddRange(solutions);
        db.AddRange(partners);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return ([.. partners.Select(p => p.Id)], [.. solutions.Select(s => s.Id)]);
    }

    private static IEnumerable<Deal> RandomDeals(int[] partners, int[] solutions, int count, int seed, string prefix = "d")
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return new Deal
            {
                ExternalId = $"{prefix}{i}",
                PartnerId = partners[random.Next(partners.Length)],
                SolutionId = solutions[random.Next(solutions.Length)],
                Date = new DateOnly(2024, 1, 1).AddDays(random.Next(500)),
                Type = (DealType)random.Next(4),
                // Few customers, so many customers have several new deals in different months.
                CustomerId = $"c{random.Next(40)}",
                ProductRevenue = random.Next(1, 2_000_000) / 100m,
                PartnerMargin = random.Next(0, 10_000) / 10_000m,
                ServicesRevenue = random.Next(0, 300_000) / 100m,
                Seats = random.Next(0, 50),
                Status = random.Next(4) == 0 ? DealStatus.Lost : DealStatus.Won,
            };
        }
    }

    private static IEnumerable<PartnerCost> RandomCosts(int[] partners, int[] solutions, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return new PartnerCost
            {
                ExternalId = $"k{i}",
                PartnerId = partners[random.Next(partners.Length)],
                SolutionId = solutions[random.Next(solutions.Length)],
                Date = new DateOnly(2024, 1, 1).AddDays(random.Next(600)),
                Category = (CostCategory)random.Next(5),
                Amount = random.Next(1, 1_000_000) / 100m,
                Hours = random.Next(3) == 0 ? null : random.Next(0, 400) / 4m,
            };
        }
    }

    private static Deal With(Deal deal, decimal revenue, int partnerId) => new()
    {
        ExternalId = deal.ExternalId, PartnerId = partnerId, SolutionId = deal.SolutionId, Date = deal.Date, Type = deal.Type, CustomerId = deal.CustomerId,
        ProductRevenue = revenue, PartnerMargin = deal.PartnerMargin, ServicesRevenue = deal.ServicesRevenue, Seats = deal.Seats, Status = deal.Status,
    };

    private static async Task RebuildAllAsync(SamePageDbContext db)
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        await new RollupBuilder(db).RebuildAsync(null);
        await tx.CommitAsync();
    }

    private static Task<List<PartnerSolutionMonth>> SnapshotAsync(SamePageDbContext db) =>
        db.PartnerSolutionMonths.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.PartnerId).ThenBy(m => m.SolutionId).ThenBy(m => m.Month).ToListAsync();

    private static async Task<List<string>> RepeatsAsync(SamePageDbContext db) =>
        [.. (await db.RepeatNewCustomerMonths.IgnoreQueryFilters().AsNoTracking().ToListAsync())
            .Select(r => $"{r.PartnerId}/{r.SolutionId}/{r.CustomerId}/{r.Month:yyyy-MM}").Order(StringComparer.Ordinal)];

    private static void AssertSameRollups(List<PartnerSolutionMonth> expected, List<PartnerSolutionMonth> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.PartnerId, e.SolutionId, e.Month), (a.PartnerId, a.SolutionId, a.Month));
            Assert.Equal((e.WonNew, e.WonUpsell, e.WonRenewal, e.WonRecurring, e.LostNewOrUpsell, e.NewCustomers, e.SeatsOfNewDeals),
                (a.WonNew, a.WonUpsell, a.WonRenewal, a.WonRecurring, a.LostNewOrUpsell, a.NewCustomers, a.SeatsOfNewDeals));
            decimal[] Sums(PartnerSolutionMonth m) =>
            [
                m.ProductRevenue, m.NewOrUpsellProductRevenue, m.ProductMarginIncome, m.ServicesRevenue, m.RecurringRevenue,
                m.CostCertification, m.CostTraining, m.CostPresales, m.CostMarketing, m.CostOther,
                m.HoursCertification, m.HoursTraining, m.HoursPresales, m.HoursMarketing, m.HoursOther,
            ];
            // SQLite's SQL sums are floating point; a cent-fraction tolerance covers them.
            Assert.All(Sums(e).Zip(Sums(a)), pair => Assert.True(Math.Abs(pair.First - pair.Second) < 0.001m, $"{e.PartnerId}/{e.SolutionId}/{e.Month}: {pair.First} vs {pair.Second}"));
        }
    }

    /// <summary>Index and key definitions of the channel tables, as the database reports them.</summary>
    private static async Task<List<string>> SchemaAsync(SamePageDbContext db)
    {
        var sql = db.IsSqlite
            ? "SELECT name || ': ' || sql FROM sqlite_master WHERE tbl_name IN ('Deals','PartnerCosts','PartnerSolutionMonths') AND sql IS NOT NULL ORDER BY 1"
            : """
              SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename IN ('Deals','PartnerCosts','PartnerSolutionMonths')
              UNION ALL
              SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN ('"Deals"'::regclass, '"PartnerCosts"'::regclass, '"PartnerSolutionMonths"'::regclass)
              ORDER BY 1
              """;
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }
        return result;
    }
}
