using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SamePage.Data.Entities;

namespace SamePage.Data.Auditing;

/// <summary>
/// Writes one audit entry per added, changed or deleted row, with the changed values (secrets left out), in the same
/// save; a row the database numbers gets its real id once the save is done. Survey responses are recorded as
/// submitted or changed, never with their answers (partners are promised averages only). Stateless: one instance
/// serves every context. <see cref="SamePageDbContext.SuppressRowAudit"/> turns it off for bulk writes.
/// </summary>
public sealed class RowAuditInterceptor : SavingInterceptor
{
    public static RowAuditInterceptor Instance { get; } = new();

    private static readonly HashSet<string> s_secretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "Xml"];

    /// <summary>Entities whose content is confidential: only these properties are recorded.</summary>
    private static readonly Dictionary<Type, HashSet<string>> s_contentless = new()
    {
        [typeof(SurveyResponse)] = [nameof(SurveyResponse.WaveId), nameof(SurveyResponse.PartnerId), nameof(SurveyResponse.Submitted)],
    };

    protected override void OnSaving(SamePageDbContext db)
    {
        // Left over only when an earlier save failed: those rows were never written.
        db.PendingAuditKeys.Clear();
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
            var audit = new AuditEntry
            {
                At = now,
                UserName = db.Actor.UserName,
                Action = entry.State.ToString(),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Changes = JsonSerializer.Serialize(changes),
            };
            db.AuditEntries.Add(audit);
            // Ids and references the database assigns are temporary until the save: filled in after it.
            if (entry.State == EntityState.Added && entry.Properties.Any(p => p.IsTemporary))
            {
                db.PendingAuditKeys.Add((audit, entry));
            }
        }
    }

    /// <summary>The database has numbered the added rows: their audit entries get the real ids and references (one more small save).</summary>
    protected override void OnSaved(SamePageDbContext db)
    {
        if (FillInKeys(db))
        {
            // The save runs synchronously; the task is complete when it returns.
            WithoutRowAuditAsync(db, () => Task.FromResult(db.SaveChanges())).GetAwaiter().GetResult();
        }
    }

    protected override async ValueTask OnSavedAsync(SamePageDbContext db, CancellationToken cancellationToken)
    {
        if (FillInKeys(db))
        {
            await WithoutRowAuditAsync(db, () => db.SaveChangesAsync(cancellationToken));
        }
    }

    private static bool FillInKeys(SamePageDbContext db)
    {
        if (db.PendingAuditKeys.Count == 0)
        {
            return false;
        }
        foreach (var (audit, entry) in db.PendingAuditKeys)
        {
            audit.EntityId = KeyOf(entry);
            audit.Changes = JsonSerializer.Serialize(Changes(entry, added: true));
        }
        db.PendingAuditKeys.Clear();
        return true;
    }

    private static async Task WithoutRowAuditAsync(SamePageDbContext db, Func<Task<int>> save)
    {
        var suppressed = db.SuppressRowAudit;
        db.SuppressRowAudit = true;
        try
        {
            await save();
        }
        finally
        {
            db.SuppressRowAudit = suppressed;
        }
    }

    private static Dictionary<string, object?[]> Changes(EntityEntry entry, bool added = false)
    {
        var changes = new Dictionary<string, object?[]>();
        var only = s_contentless.GetValueOrDefault(entry.Metadata.ClrType);
        foreach (var property in entry.Properties)
        {
            if (s_secretProperties.Contains(property.Metadata.Name) || property.Metadata.IsShadowProperty() || property.Metadata.IsPrimaryKey()
                || (only is not null && !only.Contains(property.Metadata.Name)))
            {
                continue;
            }
            if (added || entry.State == EntityState.Added || (entry.State == EntityState.Modified && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue)))
            {
                changes[property.Metadata.Name] = [added || entry.State == EntityState.Added ? null : property.OriginalValue, property.CurrentValue];
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
