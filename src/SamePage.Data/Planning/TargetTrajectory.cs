using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Planning;
using SamePage.Data.Actuals;

namespace SamePage.Data.Planning;

/// <summary>One month of a target's trajectory: the factual median npv (rolling 12-month window) or the npv the plan promises.</summary>
public sealed record TrajectoryPoint(DateOnly Month, double Npv);

/// <summary>
/// A target's progress: the factual series per month (median factual npv per partner over the 12 months up to each month,
/// from the rollups), the path the current plan promises (factual case with the plan's measures that have started by each
/// month, from the latest actual month to the due date), the perceived series (median perceived npv per survey wave, at
/// its closing date) and the target lines.
/// </summary>
public sealed record TargetTrajectoryResult(
    int TargetId,
    string Solution,
    string Segment,
    DateOnly DueDate,
    double? FactualTarget,
    double? PerceivedTarget,
    IReadOnlyList<TrajectoryPoint> Factual,
    IReadOnlyList<TrajectoryPoint> PlannedPath,
    double? PlanNpvAtDue,
    IReadOnlyList<TrajectoryPoint> Perceived);

/// <summary>Builds <see cref="TargetTrajectoryResult"/> for a stored target.</summary>
public sealed class TargetTrajectoryService(SamePageDbContext db, ActualsService actuals, PlanningService planning, Perception.PerceptionResults perception)
{
    /// <summary>Null when there is no such target; factual months: how many months of history to show.</summary>
    public async Task<TargetTrajectoryResult?> BuildAsync(int targetId, int factualMonths = 12, CancellationToken cancellationToken = default)
    {
        var target = await db.Targets.AsNoTracking().Include(t => t.Solution).FirstOrDefaultAsync(t => t.Id == targetId, cancellationToken);
        if (target is null)
        {
            return null;
        }
        var solution = target.Solution!.Name;
        var latest = await db.PartnerSolutionMonths.AsNoTracking().Where(r => r.SolutionId == target.SolutionId).MaxAsync(r => (DateOnly?)r.Month, cancellationToken);
        var factual = new List<TrajectoryPoint>();
        if (latest is { } last)
        {
            var lastMonth = YearMonth.FromDate(last);
            for (var i = factualMonths - 1; i >= 0; i--)
            {
                var to = YearMonth.FromIndex(lastMonth.Index - i);
                var report = await actuals.ComputeAsync(new ActualsQuery(solution)
                {
                    Segment = target.Segment.Length == 0 ? null : target.Segment,
                    From = YearMonth.FromIndex(to.Index - (ActualsService.DefaultWindowMonths - 1)),
                    To = to,
                }, cancellationToken);
                if (report.Summary.FactualNpv is { } npv)
                {
                    factual.Add(new TrajectoryPoint(new DateOnly(to.Year, to.Month, 1), (double)npv.Median));
                }
            }
        }

        var path = new List<TrajectoryPoint>();
        double? atDue = null;
        PlanningContext? context = null;
        try
        {
            context = await planning.ContextAsync(solution, target.Segment, cancellationToken);
        }
        catch (ArgumentException)
        {
            // Without a value model for the segment there is no planned path.
        }
        if (context is not null)
        {
            var plan = context.CurrentPlan.Select(m => m.ToDefinition()).ToList();
            var start = latest is { } l ? new DateOnly(l.Year, l.Month, 1) : new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
            for (var month = start; month <= target.DueDate; month = month.AddMonths(1))
            {
                var endOfMonth = month.AddMonths(1).AddDays(-1);
                var started = plan.Where(m => m.Start <= endOfMonth).ToList();
                var npv = EffectComposer.Evaluate(context.Model, context.Baselines, BaselineKind.Factual, started).Npv;
                path.Add(new TrajectoryPoint(month, npv));
                atDue = npv;
            }
        }
        // Waves with too few respondents have no median (anonymity) and are left out.
        var view = await perception.ComputeAsync(solution, target.Segment.Length == 0 ? null : target.Segment, null, cancellationToken);
        var perceived = view?.Trend.Where(w => w.PerceivedMedian is not null).Select(w => new TrajectoryPoint(w.ClosesOn, w.PerceivedMedian!.Value)).ToList() ?? [];
        return new TargetTrajectoryResult(target.Id, solution, target.Segment, target.DueDate, (double?)target.FactualNpv ?? context?.FactualTarget,
            (double?)target.PerceivedNpv, factual, path, atDue, perceived);
    }
}
