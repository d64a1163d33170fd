using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SamePage.Data.Entities;

namespace SamePage.Data.Auditing;

/// <summary>
/// Writes one audit entry per added, changed or deleted row, with the changed values (secrets left out), in the same
/// save. Stateless: one instance serves every context. <see cref="SamePageDbContext.SuppressRowAudit"/> turns it off for bulk writes.
/// </summary>
public sealed class RowAuditInterceptor : SavingInterceptor
{
    public static RowAuditInterceptor Instance { get; } = new();

    private static readonly HashSet<string> s_secretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "Xml"];

    protected override void OnSaving(SamePageDbContext db)
    {
        if (db.SuppressRowAudit)
        {
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }
            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                UserName = db.Actor.UserName,
                Action = entry.State.ToString(),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Changes = JsonSerializer.Serialize(changes),
            });
        }
    }

    private static Dictionary<string, object?[]> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            if (s_secretProperties.Contains(property.Metadata.Name) || property.Metadata.IsShadowProperty())
            {
                continue;
            }
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue)))
            {
                changes[property.Metadata.Name] = [entry.State == EntityState.Added ? null : property.OriginalValue, property.CurrentValue];
            }
            else if (entry.State == EntityState.Deleted)
            {
                changes[property.Metadata.Name] = [property.OriginalValue, null];
            }
        }
        return changes;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }
}
