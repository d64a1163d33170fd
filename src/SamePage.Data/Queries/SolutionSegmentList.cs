using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;

namespace SamePage.Data.Queries;

/// <summary>The managed segment list of a solution: what targets, models, surveys and the planner choose from.</summary>
public static class SolutionSegmentList
{
    /// <summary>The solution's segments in name order.</summary>
    public static async Task<IReadOnlyList<string>> SegmentsAsync(this SamePageDbContext db, int solutionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.SolutionSegments.AsNoTracking().Where(s => s.SolutionId == solutionId).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Segments of every solution by solution id, for pages that offer solution × segment choices.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> SegmentsBySolutionAsync(this SamePageDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.SolutionSegments.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SolutionId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Name)]);
    }

    /// <summary>The stored spelling of a segment of the solution (case-insensitive), or null when it is not in the list.</summary>
    public static async Task<string?> FindSegmentAsync(this SamePageDbContext db, int solutionId, string segment, CancellationToken cancellationToken = default)
    {
        var wanted = segment.Trim();
        return (await db.SegmentsAsync(solutionId, cancellationToken)).FirstOrDefault(s => string.Equals(s, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Adds a segment to the list unless it is there (saved with the caller's next SaveChanges); returns the stored spelling.</summary>
    public static async Task<string> EnsureSegmentAsync(this SamePageDbContext db, int solutionId, string segment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = segment.Trim();
        if (await db.FindSegmentAsync(solutionId, wanted, cancellationToken) is { } stored)
        {
            return stored;
        }
        var pending = db.ChangeTracker.Entries<SolutionSegment>().Select(e => e.Entity)
            .FirstOrDefault(s => s.SolutionId == solutionId && string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase));
        if (pending is null)
        {
            db.SolutionSegments.Add(new SolutionSegment { SolutionId = solutionId, Name = wanted });
            return wanted;
        }
        return pending.Name;
    }

    /// <summary>Why a segment cannot leave the list (a model or target uses it), or null when it may.</summary>
    public static async Task<string?> SegmentInUseAsync(this SamePageDbContext db, int solutionId, string segment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lower = segment.Trim().ToLower();
        if (await db.ValueModels.AnyAsync(m => m.SolutionId == solutionId && m.Segment.ToLower() == lower, cancellationToken))
        {
            return $"The segment '{segment}' has a value model; archive the solution or keep the segment.";
        }
        return await db.Targets.AnyAsync(t => t.SolutionId == solutionId && t.Segment.ToLower() == lower, cancellationToken)
            ? $"The segment '{segment}' has targets; keep the segment."
            : null;
    }
}
