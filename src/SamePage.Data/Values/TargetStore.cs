using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data.Entities;

namespace SamePage.Data.Values;

/// <summary>
/// The one target truth: a target is set on the targets page per solution × segment × due date, and every page, chart,
/// API response, report and the planner read it from here. A value model's own <c>target</c> is only the default
/// offered for a new target. The chance to reach it is one simulation (same trials, same seed) wherever it is shown.
/// </summary>
public sealed class TargetStore(SamePageDbContext db)
{
    /// <summary>Trials of the chance simulation; one number so every surface shows the same chance.</summary>
    public const int ChanceTrials = 5_000;

    /// <summary>Seed of the chance simulation.</summary>
    public const int ChanceSeed = 1;

    /// <summary>
    /// The target of a solution × segment in force today: the next one due, else the latest; a segment without its own
    /// target falls back to the solution's target for all segments.
    /// </summary>
    public async Task<Target?> CurrentAsync(int solutionId, string? segment, CancellationToken cancellationToken = default)
    {
        var targets = await db.Targets.AsNoTracking().Where(t => t.SolutionId == solutionId).ToListAsync(cancellationToken);
        return Current(targets, segment ?? "", DateOnly.FromDateTime(DateTime.UtcNow));
    }

    /// <summary>
    /// The target in force as the given audience may see it: vendor staff always, partners only when the vendor shared
    /// it (otherwise null, as if there were none).
    /// </summary>
    public async Task<Target?> VisibleAsync(int solutionId, string? segment, bool toPartners, CancellationToken cancellationToken = default) =>
        await CurrentAsync(solutionId, segment, cancellationToken) is { } target && (!toPartners || target.SharedWithPartners) ? target : null;

    /// <summary>The rule of <see cref="CurrentAsync"/> on a list of targets of one solution.</summary>
    public static Target? Current(IEnumerable<Target> targets, string segment, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var all = targets.ToList();
        var mine = all.Where(t => string.Equals(t.Segment, segment, StringComparison.OrdinalIgnoreCase)).ToList();
        if (mine.Count == 0)
        {
            mine = [.. all.Where(t => t.Segment.Length == 0)];
        }
        return mine.Where(t => t.DueDate >= today).OrderBy(t => t.DueDate).FirstOrDefault()
            ?? mine.OrderByDescending(t => t.DueDate).FirstOrDefault();
    }

    /// <summary>The simulation behind every "chance to reach the target" figure (the target may be null: no chance then).</summary>
    public static MonteCarloResult Simulate(CompiledValueModel model, double? targetNpv) =>
        MonteCarloSimulation.Run(model, new MonteCarloOptions { Trials = ChanceTrials, Seed = ChanceSeed, TargetNpv = targetNpv, OnlyGivenTarget = true });

    /// <summary>The chance that the partner npv reaches the target; null without a model or a factual target.</summary>
    public static double? Chance(CompiledValueModel? model, double? targetNpv) =>
        model is null || targetNpv is null ? null : Simulate(model, targetNpv).ProbabilityAboveTarget;
}
