using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;

namespace SamePage.Data.Queries;

/// <summary>The one rule for finding a solution by what a user types: its exact name, or its id.</summary>
public static class SolutionLookup
{
    public static IQueryable<Solution> NamedOrNumbered(this IQueryable<Solution> solutions, string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        return int.TryParse(nameOrId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? solutions.Where(s => s.Name == nameOrId || s.Id == id)
            : solutions.Where(s => s.Name == nameOrId);
    }

    /// <summary>The solution, read-only, or null when none has that name or id.</summary>
    public static Task<Solution?> FindSolutionAsync(this SamePageDbContext db, string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Solutions.AsNoTracking().NamedOrNumbered(nameOrId).FirstOrDefaultAsync(cancellationToken);
    }
}
