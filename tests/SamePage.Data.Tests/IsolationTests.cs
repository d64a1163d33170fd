using Microsoft.EntityFrameworkCore;
using SamePage.Data.Demo;
using SamePage.Data.Entities;
using SamePage.TestSupport;
using SamePage.Core.Actuals;

namespace SamePage.Data.Tests;

/// <summary>The query filters are the one mechanism of partner isolation: try to get around them.</summary>
public sealed class IsolationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_partner_user_reads_only_its_own_partner_data(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.LoadDemoAsync(seed: 7, withParts: false);
        int own, other;
        await using (var vendor = database.CreateContext())
        {
            own = await vendor.Partners.Where(p => p.ExternalId == "P00001").Select(p => p.Id).SingleAsync();
            other = await vendor.Partners.Where(p => p.ExternalId == "P00002").Select(p => p.Id).SingleAsync();
            Assert.Equal(200, await vendor.Partners.CountAsync());
            Assert.True(await vendor.Deals.AnyAsync(d => d.PartnerId == other));
        }

        await using var partner = database.CreateContext(RequestActor.ForPartner("p1", own));
        Assert.Equal([own], await partner.Partners.Select(p => p.Id).ToListAsync());
        Assert.Null(await partner.Partners.FirstOrDefaultAsync(p => p.Id == other));
        Assert.All(await partner.Deals.Select(d => d.PartnerId).Distinct().ToListAsync(), id => Assert.Equal(own, id));
        Assert.All(await partner.PartnerCosts.Select(d => d.PartnerId).Distinct().ToListAsync(), id => Assert.Equal(own, id));
        Assert.All(await partner.PartnerSolutionMonths.Select(d => d.PartnerId).Distinct().ToListAsync(), id => Assert.Equal(own, id));
        Assert.False(await partner.Deals.AnyAsync(d => d.PartnerId == other));
        // Aggregates go through the same filter: no sum over other partners leaks.
        var ownRevenue = await partner.Deals.Where(d => d.Status == DealStatus.Won).CountAsync();
        await using var vendor2 = database.CreateContext();
        Assert.Equal(await vendor2.Deals.CountAsync(d => d.PartnerId == own && d.Status == DealStatus.Won), ownRevenue);
        Assert.Empty(await partner.AuditEntries.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_partner_user_cannot_change_another_partner(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (own, other, _) = await TwoPartnersAsync(database);
        await using (var partner = database.CreateContext(RequestActor.ForPartner("alpha-user", own)))
        {
            var target = await partner.Partners.FirstOrDefaultAsync(p => p.Id == other);
            Assert.Null(target);
            var updated = await partner.Partners.Where(p => p.Id == other).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "hijacked"));
            Assert.Equal(0, updated);
        }
        await using var check = database.CreateContext();
        Assert.Equal("Beta GmbH", (await check.Partners.SingleAsync(p => p.Id == other)).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_partner_users_save_that_touches_another_partner_fails_as_a_whole(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (own, other, solution) = await TwoPartnersAsync(database);
        Deal DealOf(int partner, string id) => new() { ExternalId = id, PartnerId = partner, SolutionId = solution, Date = new DateOnly(2026, 1, 5), Status = DealStatus.Won };

        await using (var partner = database.CreateContext(RequestActor.ForPartner("alpha-user", own)))
        {
            // A row of its own partner next to one of another partner: neither is written.
            partner.Deals.AddRange(DealOf(own, "OWN-1"), DealOf(other, "FOREIGN-1"));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => partner.SaveChangesAsync());
        }
        await using (var partner = database.CreateContext(RequestActor.ForPartner("alpha-user", own)))
        {
            // A row attached by id, past the query filter.
            var foreign = new Partner { Id = other, ExternalId = "B", Name = "Beta GmbH", Type = PartnerType.Reseller };
            partner.Partners.Attach(foreign);
            foreign.Name = "hijacked";
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => partner.SaveChangesAsync());
        }
        await using (var partner = database.CreateContext(RequestActor.ForPartner("alpha-user", own)))
        {
            // Moving its own row to another partner is writing another partner's data too.
            partner.Deals.Add(DealOf(own, "OWN-2"));
            await partner.SaveChangesAsync();
            var deal = await partner.Deals.SingleAsync(d => d.ExternalId == "OWN-2");
            deal.PartnerId = other;
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => partner.SaveChangesAsync());
        }
        await using var check = database.CreateContext();
        Assert.Equal(["OWN-2"], await check.Deals.Select(d => d.ExternalId).ToListAsync());
        Assert.Equal(own, (await check.Deals.SingleAsync()).PartnerId);
        Assert.Equal("Beta GmbH", (await check.Partners.SingleAsync(p => p.Id == other)).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Repeat_customers_users_tokens_and_the_audit_log_are_isolated_too(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (own, other, solution) = await TwoPartnersAsync(database);
        await using (var seed = database.CreateContext())
        {
            seed.RepeatNewCustomerMonths.AddRange(
                new RepeatNewCustomerMonth { PartnerId = own, SolutionId = solution, CustomerId = "c-own", Month = new DateOnly(2026, 1, 1) },
                new RepeatNewCustomerMonth { PartnerId = other, SolutionId = solution, CustomerId = "c-other", Month = new DateOnly(2026, 1, 1) });
            var alpha = new AppUser { UserName = "alpha@x.example", Email = "alpha@x.example", PartnerId = own };
            var beta = new AppUser { UserName = "beta@x.example", Email = "beta@x.example", PartnerId = other };
            var vendor = new AppUser { UserName = "vendor@x.example", Email = "vendor@x.example" };
            seed.Users.AddRange(alpha, beta, vendor);
            await seed.SaveChangesAsync();
            seed.PersonalAccessTokens.AddRange(
                new PersonalAccessToken { UserId = alpha.Id, Name = "own", TokenHash = "h1" },
                new PersonalAccessToken { UserId = beta.Id, Name = "other", TokenHash = "h2" },
                new PersonalAccessToken { UserId = vendor.Id, Name = "vendor", TokenHash = "h3" });
            await seed.SaveChangesAsync();
            Assert.True(await seed.AuditEntries.AnyAsync());
        }

        await using var partner = database.CreateContext(RequestActor.ForPartner("alpha@x.example", own));
        Assert.Equal(["c-own"], await partner.RepeatNewCustomerMonths.Select(r => r.CustomerId).ToListAsync());
        Assert.Equal(["alpha@x.example"], await partner.Users.Select(u => u.Email).ToListAsync());
        Assert.Equal(["own"], await partner.PersonalAccessTokens.Select(t => t.Name).ToListAsync());
        Assert.Empty(await partner.AuditEntries.ToListAsync());
        Assert.Equal(0, await partner.RepeatNewCustomerMonths.Where(r => r.PartnerId == other).ExecuteDeleteAsync());
        await using var check = database.CreateContext();
        Assert.Equal(2, await check.RepeatNewCustomerMonths.CountAsync());
    }

    /// <summary>Alpha (the partner user's own) and Beta (another partner), and one solution.</summary>
    private static async Task<(int Own, int Other, int Solution)> TwoPartnersAsync(TestDatabase database)
    {
        await using var seed = database.CreateContext();
        seed.Solutions.Add(new Solution { Name = "S" });
        seed.Partners.AddRange(
            new Partner { ExternalId = "A", Name = "Alpha GmbH", Type = PartnerType.Msp },
            new Partner { ExternalId = "B", Name = "Beta GmbH", Type = PartnerType.Reseller });
        await seed.SaveChangesAsync();
        return (seed.Partners.Single(p => p.ExternalId == "A").Id, seed.Partners.Single(p => p.ExternalId == "B").Id, seed.Solutions.Single().Id);
    }
}
