using Microsoft.EntityFrameworkCore;
using SamePage.Data.Channel;
using SamePage.Data.Entities;
using SamePage.TestSupport;
using SamePage.Core.Actuals;

namespace SamePage.Data.Tests;

public sealed class RollupTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rollups_sum_deals_and_costs_per_month_and_count_each_new_customer_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var solution = new Solution { Name = "S" };
        var partner = new Partner { ExternalId = "P1", Name = "P1", Type = PartnerType.Msp };
        db.AddRange(solution, partner);
        await db.SaveChangesAsync();

        Deal D(string id, string date, DealType type, string customer, decimal revenue, decimal margin, decimal services, int seats, DealStatus status = DealStatus.Won) => new()
        {
            ExternalId = id, PartnerId = partner.Id, SolutionId = solution.Id, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Type = type, CustomerId = customer, ProductRevenue = revenue, PartnerMargin = margin, ServicesRevenue = services, Seats = seats, Status = status,
        };
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            var writer = new ChannelDataWriter(db);
            await writer.UpsertDealsAsync(
            [
                D("d1", "2025-01-05", DealType.New, "c1", 1000m, 0.10m, 200m, 10),
                D("d2", "2025-01-20", DealType.New, "c2", 3000m, 0.20m, 0m, 30),
                D("d3", "2025-01-21", DealType.Upsell, "c1", 500m, 0.10m, 50m, 0),
                D("d4", "2025-01-22", DealType.New, "c3", 9999m, 0.10m, 0m, 99, DealStatus.Lost),
                D("d5", "2025-02-03", DealType.New, "c1", 400m, 0.10m, 0m, 4),     // c1 again: not a new customer in February
                D("d6", "2025-02-10", DealType.Recurring, "pf", 700m, 0.25m, 100m, 70),
            ]);
            await writer.UpsertCostsAsync(
            [
                new PartnerCost { ExternalId = "k1", PartnerId = partner.Id, SolutionId = solution.Id, Date = new(2025, 1, 2), Category = CostCategory.Certification, Amount = 6000m },
                new PartnerCost { ExternalId = "k2", PartnerId = partner.Id, SolutionId = solution.Id, Date = new(2025, 3, 2), Category = CostCategory.Presales, Amount = 420m, Hours = 6m },
            ]);
            await new RollupBuilder(db).RebuildAsync([partner.Id]);
            await tx.CommitAsync();
        }

        var months = await db.PartnerSolutionMonths.AsNoTracking().OrderBy(r => r.Month).ToListAsync();
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1)], months.Select(m => m.Month));
        var jan = months[0];
        Assert.Equal((2, 1, 0, 0, 1, 2), (jan.WonNew, jan.WonUpsell, jan.WonRenewal, jan.WonRecurring, jan.LostNewOrUpsell, jan.NewCustomers));
        Assert.Equal(1000m + 3000m + 500m, jan.ProductRevenue);
        Assert.Equal(1000m * 0.10m + 3000m * 0.20m + 500m * 0.10m, jan.ProductMarginIncome);   // 750
        Assert.Equal(250m, jan.ServicesRevenue);
        Assert.Equal(40, jan.SeatsOfNewDeals);
        Assert.Equal(6000m, jan.CostCertification);
        var feb = months[1];
        Assert.Equal((1, 1, 0), (feb.WonNew, feb.WonRecurring, feb.NewCustomers));
        Assert.Equal(700m, feb.RecurringRevenue);
        Assert.Equal(400m * 0.10m + 700m * 0.25m, feb.ProductMarginIncome);
        var mar = months[2];
        Assert.Equal((420m, 6m, 0m, 0), (mar.CostPresales, mar.HoursPresales, mar.HoursOther, mar.WonNew));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upsert_by_external_id_updates_instead_of_duplicating(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var solution = new Solution { Name = "S" };
        var partner = new Partner { ExternalId = "P1", Name = "P1", Type = PartnerType.Msp };
        db.AddRange(solution, partner);
        await db.SaveChangesAsync();
        Deal Make(decimal revenue) => new() { ExternalId = "same", PartnerId = partner.Id, SolutionId = solution.Id, Date = new(2025, 1, 1), Type = DealType.New, CustomerId = "c", ProductRevenue = revenue, PartnerMargin = 0.1m, Status = DealStatus.Won };
        for (var round = 0; round < 2; round++)
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await new ChannelDataWriter(db).UpsertDealsAsync([Make(100m + round)]);
            await tx.CommitAsync();
        }
        var deals = await db.Deals.AsNoTracking().ToListAsync();
        Assert.Single(deals);
        Assert.Equal(101m, deals[0].ProductRevenue);
    }
}
