using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SamePage.Data.Entities;

namespace SamePage.Data.Auditing;

/// <summary>
/// Write isolation, the twin of the read query filters: a partner user's save may only add, change or delete rows of
/// its own partner (the partner row itself, and every row with a PartnerId). Anything else fails the whole save with
/// <see cref="UnauthorizedAccessException"/>, whatever code path produced it.
/// </summary>
public sealed class PartnerWriteGuard : SavingInterceptor
{
    public static PartnerWriteGuard Instance { get; } = new();

    protected override void OnSaving(SamePageDbContext db)
    {
        if (!db.Actor.IsPartnerUser)
        {
            return;
        }
        var own = db.Actor.PartnerId;
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (PartnerOf(entry) is { } partners && partners.Any(p => p is not null && !Equals(p, own)))
            {
                throw new UnauthorizedAccessException($"A partner user cannot write {entry.Metadata.ClrType.Name} rows of another partner.");
            }
        }
    }

    /// <summary>The partner ids a row belongs to before and after the change; null when the row belongs to no partner.</summary>
    private static object?[]? PartnerOf(EntityEntry entry)
    {
        var property = entry.Entity is Partner ? entry.Property(nameof(Partner.Id)) : entry.Metadata.FindProperty("PartnerId") is { } p ? entry.Property(p.Name) : null;
        if (property is null)
        {
            return null;
        }
        return entry.State == EntityState.Added ? [property.CurrentValue] : [property.OriginalValue, property.CurrentValue];
    }
}
