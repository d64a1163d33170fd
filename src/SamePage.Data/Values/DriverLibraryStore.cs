using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data.Entities;

namespace SamePage.Data.Values;

/// <summary>A rule a library entry breaks (field and reason); <see cref="Conflict"/> when the key is taken.</summary>
public sealed class LibraryEntryException(string field, string message, bool conflict = false) : Exception(message)
{
    public string Field { get; } = field;
    public bool Conflict { get; } = conflict;
}

/// <summary>The driver library: the entries shipped with SamePage followed by the vendor's own (which it may add, change and remove).</summary>
public sealed class DriverLibraryStore(SamePageDbContext db)
{
    /// <summary>Vendor entries: plenty for a channel's vocabulary, bounded for the editor's choice list.</summary>
    public const int MaxVendorEntries = 500;

    public async Task<IReadOnlyList<LibraryEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.DriverLibraryEntries.AsNoTracking().OrderBy(e => e.Key).ToListAsync(cancellationToken);
        return [.. DriverLibrary.Shipped, .. rows.Select(r => DriverLibrary.Parse(r.Json) with { Source = "vendor" })];
    }

    /// <exception cref="LibraryEntryException">The entry breaks a rule or its key is taken (by a shipped or a vendor entry).</exception>
    public async Task<LibraryEntry> AddAsync(LibraryEntry entry, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(entry);
        var all = await ListAsync(cancellationToken);
        if (all.Any(e => string.Equals(e.Key, entry.Key, StringComparison.OrdinalIgnoreCase)))
        {
            throw new LibraryEntryException("key", $"The library has an entry '{entry.Key}' already.", conflict: true);
        }
        if (all.Count(e => e.Source == "vendor") >= MaxVendorEntries)
        {
            throw new LibraryEntryException("key", $"At most {MaxVendorEntries} own entries.");
        }
        db.DriverLibraryEntries.Add(new DriverLibraryEntry { Key = entry.Key, Json = DriverLibrary.Write(entry), CreatedBy = db.Actor.UserName, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return entry with { Source = "vendor" };
    }

    /// <summary>Changes a vendor entry (its key stays); null when there is none with the key.</summary>
    /// <exception cref="LibraryEntryException">The entry breaks a rule, or the key is a shipped entry's.</exception>
    public async Task<LibraryEntry?> UpdateAsync(string key, LibraryEntry entry, CancellationToken cancellationToken = default)
    {
        if (DriverLibrary.Shipped.Any(e => e.Key == key))
        {
            throw new LibraryEntryException("key", $"'{key}' is shipped with SamePage and cannot be changed; add your own entry instead.", conflict: true);
        }
        var row = await db.DriverLibraryEntries.FirstOrDefaultAsync(e => e.Key == key, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var changed = entry with { Key = key };
        ThrowIfInvalid(changed);
        row.Json = DriverLibrary.Write(changed);
        await db.SaveChangesAsync(cancellationToken);
        return changed with { Source = "vendor" };
    }

    /// <summary>Removes a vendor entry; models made from it keep their rows (and the key as a plain link).</summary>
    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var row = await db.DriverLibraryEntries.FirstOrDefaultAsync(e => e.Key == key, cancellationToken);
        if (row is null)
        {
            return false;
        }
        db.DriverLibraryEntries.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void ThrowIfInvalid(LibraryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (DriverLibrary.Validate(entry) is [var (field, reason), ..])
        {
            throw new LibraryEntryException(field, reason);
        }
    }
}
