using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;
using SamePage.TestSupport;
using SamePage.Core.Actuals;

namespace SamePage.Data.Tests;

public sealed class AuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_write_records_who_changed_what(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var actor = new RequestActor { UserName = "clara@vendor.example" };
        await using (var db = database.CreateContext(actor))
        {
            db.Partners.Add(new Partner { ExternalId = "X1", Name = "Old name", Type = PartnerType.Var });
            await db.SaveChangesAsync();
            var partner = await db.Partners.SingleAsync();
            partner.Name = "New name";
            await db.SaveChangesAsync();
            db.Partners.Remove(partner);
            await db.SaveChangesAsync();
        }
        await using var check = database.CreateContext();
        var entries = await check.AuditEntries.Where(a => a.EntityType == nameof(Partner)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Added", "Modified", "Deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("clara@vendor.example", e.UserName));
        Assert.Contains("\"Name\":[\"Old name\",\"New name\"]", entries[1].Changes);
        Assert.DoesNotContain("ExternalId", entries[1].Changes);
    }
}
