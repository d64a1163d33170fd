using Microsoft.EntityFrameworkCore;
using SamePage.Core.Planning;
using SamePage.Data.Entities;

namespace SamePage.Data.Planning;

/// <summary>A value driver a participant owns in a solution's model.</summary>
public sealed record OwnedDriver(string Participant, string Solution, string Driver);

/// <summary>A measure a participant owns, with its impact on the target of one of its segments.</summary>
public sealed record OwnedMeasure(MeasureView Measure, string Segment, MeasureImpactResult Impact, double? GapToTarget);

/// <summary>The current plan of one solution × segment as a waterfall by participant, from the factual baseline toward the target.</summary>
public sealed record TeamContribution(string Solution, string Segment, ContributionWaterfallResult Waterfall);

/// <summary>"My contribution": the participants behind a user account, the drivers and measures they own and the team's waterfalls.</summary>
public sealed record UserContribution(
    IReadOnlyList<string> Participants,
    IReadOnlyList<OwnedDriver> Drivers,
    IReadOnlyList<OwnedMeasure> Measures,
    IReadOnlyList<TeamContribution> Team);

/// <summary>One participant's part across the vendor: drivers, measures by status, the plan's Δ factual npv credited to them.</summary>
public sealed record ParticipantPart(
    int Id,
    string Name,
    ParticipantKind Kind,
    string? Department,
    bool HasAccount,
    IReadOnlyList<OwnedDriver> Drivers,
    IReadOnlyDictionary<MeasureStatus, int> MeasuresByStatus,
    double PlanVendorCost,
    double PlanDeltaNpv);

/// <summary>Every participant's part and the waterfalls of the current plan per solution × segment.</summary>
public sealed record VendorContribution(IReadOnlyList<ParticipantPart> Participants, IReadOnlyList<TeamContribution> Team);

/// <summary>Who contributes what: for a user (the participants linked to the account) and for the whole vendor.</summary>
public sealed class ContributionService(SamePageDbContext db, PlanningService planning)
{
    /// <summary>
    /// The contribution of the participants linked to a user: the drivers they own, their measures with each measure's
    /// impact on its segment's target (alone, on the three cases), and the team's waterfall for the segments of those measures.
    /// </summary>
    public async Task<UserContribution> ForUserAsync(string userId, int trials = 500, CancellationToken cancellationToken = default)
    {
        var participants = await db.Participants.AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        if (participants.Count == 0)
        {
            return new UserContribution([], [], [], []);
        }
        var ids = participants.Select(p => p.Id).ToList();
        var drivers = await DriversAsync(ids, cancellationToken);
        var owned = await db.Measures.AsNoTracking().Include(m => m.Solution)
            .Where(m => m.OwnerId != null && ids.Contains(m.OwnerId.Value)).ToListAsync(cancellationToken);
        var contexts = await ContextsAsync(owned.SelectMany(m => SegmentsOf(m).Select(s => (m.Solution!.Name, s))), cancellationToken);
        var measures = new List<OwnedMeasure>();
        foreach (var entity in owned.OrderBy(m => m.EndDate).ThenBy(m => m.Name, StringComparer.CurrentCulture))
        {
            foreach (var segment in SegmentsOf(entity))
            {
                if (!contexts.TryGetValue((entity.Solution!.Name, segment), out var context))
                {
                    continue;
                }
                var view = context.Measures.First(m => m.Id == entity.Id);
                var impact = PlanningService.Impact(context, [view], trials);
                var gap = context.FactualTarget is { } t ? t - impact.Factual.NpvBefore : (double?)null;
                measures.Add(new OwnedMeasure(view, segment, impact, gap));
            }
        }
        var team = contexts.Values.Select(c => new TeamContribution(c.Solution, c.Segment, PlanningService.Waterfall(c, c.CurrentPlan))).ToList();
        return new UserContribution([.. participants.Select(p => p.Name)], drivers, measures, team);
    }

    /// <summary>Every participant's part and the current plan's waterfall for each solution × segment with a value model.</summary>
    public async Task<VendorContribution> VendorAsync(CancellationToken cancellationToken = default)
    {
        var participants = await db.Participants.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var drivers = await DriversAsync(null, cancellationToken);
        var contexts = await ContextsAsync(await planning.SegmentsAsync(cancellationToken), cancellationToken);
        var team = contexts.Values.Select(c => new TeamContribution(c.Solution, c.Segment, PlanningService.Waterfall(c, c.CurrentPlan))).ToList();
        var all = await db.Measures.AsNoTracking().Select(m => new { m.OwnerId, m.Status }).ToListAsync(cancellationToken);
        var parts = participants.Select(p =>
        {
            var steps = team.SelectMany(t => t.Waterfall.Steps).Where(s => s.Participant == p.Name).ToList();
            return new ParticipantPart(
                p.Id, p.Name, p.Kind, p.Department, p.UserId is not null,
                [.. drivers.Where(d => d.Participant == p.Name)],
                all.Where(m => m.OwnerId == p.Id).GroupBy(m => m.Status).ToDictionary(g => g.Key, g => g.Count()),
                steps.Sum(s => s.VendorCost),
                steps.Sum(s => s.DeltaNpv));
        }).ToList();
        return new VendorContribution(parts, team);
    }

    private async Task<IReadOnlyList<OwnedDriver>> DriversAsync(IReadOnlyList<int>? participantIds, CancellationToken cancellationToken)
    {
        var query = db.DriverOwnerships.AsNoTracking();
        if (participantIds is not null)
        {
            query = query.Where(d => participantIds.Contains(d.ParticipantId));
        }
        var rows = await query.Join(db.Solutions.AsNoTracking(), d => d.SolutionId, s => s.Id, (d, s) => new { Participant = d.Participant!.Name, Solution = s.Name, d.DriverName })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OwnedDriver(r.Participant, r.Solution, r.DriverName)).OrderBy(r => r.Participant, StringComparer.CurrentCulture).ThenBy(r => r.Solution).ThenBy(r => r.Driver, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> SegmentsOf(Measure measure) => measure.Segments.Count == 0 ? [""] : measure.Segments;

    private async Task<Dictionary<(string, string), PlanningContext>> ContextsAsync(IEnumerable<(string Solution, string Segment)> pairs, CancellationToken cancellationToken)
    {
        var contexts = new Dictionary<(string, string), PlanningContext>();
        foreach (var pair in pairs.Distinct())
        {
            try
            {
                contexts[pair] = await planning.ContextAsync(pair.Solution, pair.Segment, cancellationToken);
            }
            catch (ArgumentException)
            {
                // A solution × segment without a value model has no impact to show.
            }
        }
        return contexts;
    }
}
