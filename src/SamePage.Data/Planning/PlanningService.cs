using Microsoft.EntityFrameworkCore;
using SamePage.Core.Planning;
using SamePage.Core.Values;
using SamePage.Data.Actuals;
using SamePage.Data.Entities;
using SamePage.Data.Values;

namespace SamePage.Data.Planning;

/// <summary>
/// Planning on stored data: the cases of a solution × segment, the impact of a measure or a set, the plan for a budget and
/// the target, and the contribution waterfall by owner. The engines are those of <see cref="SamePage.Core.Planning"/>.
/// </summary>
public sealed class PlanningService(SamePageDbContext db, ValueModelStore models, ActualsService actuals, MeasureService measures, IPerceivedBaselineSource perceived, TargetStore targetStore)
{
    /// <exception cref="ArgumentException">No such solution, or no value model for it.</exception>
    public async Task<PlanningContext> ContextAsync(string solution, string segment, CancellationToken cancellationToken = default)
    {
        var solutionId = await measures.SolutionIdAsync(solution, cancellationToken) ?? throw new ArgumentException($"No solution '{solution}'.");
        var stored = await models.FindAsync(solutionId.ToString(System.Globalization.CultureInfo.InvariantCulture), segment, cancellationToken)
            ?? throw new ArgumentException($"The solution '{solution}' has no value model for the segment '{segment}': add one with samepage model import.");
        var model = stored.Model
            ?? throw new ArgumentException($"The value model of '{stored.SolutionName}' ({segment}) does not compile.");
        var report = await actuals.ComputeAsync(new ActualsQuery(stored.SolutionName) { Segment = segment }, cancellationToken);
        var factual = report.Inputs
            .Where(i => i.ObservedMedian is { } m && double.IsFinite(m) && model.InputIndex(i.Input) >= 0)
            .ToDictionary(i => i.Input, i => i.ObservedMedian!.Value, StringComparer.Ordinal);
        var perceivedInputs = await perceived.GetAsync(stored.SolutionName, segment, model, cancellationToken);
        var perceivedKnown = perceivedInputs?.Where(p => model.InputIndex(p.Key) >= 0 && double.IsFinite(p.Value)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var baselines = new ValueBaselines(factual.Count == 0 ? null : factual, perceivedKnown is { Count: > 0 } ? perceivedKnown : null);
        var partners = await db.Partners.AsNoTracking().CountAsync(p => p.Segment.ToLower() == segment.ToLower(), cancellationToken);
        var target = await targetStore.CurrentAsync(solutionId, segment, cancellationToken);
        var targets = new PlanTargets((double?)target?.FactualNpv, (double?)target?.PerceivedNpv);
        var list = (await measures.ListAsync(solutionId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken))
            .Where(m => m.AppliesToSegment(segment)).ToList();
        return new PlanningContext(solutionId, stored.SolutionName, segment, model, baselines, partners, target, targets, list);
    }

    /// <summary>
    /// The impact of the given measures applied together (null = the current plan: planned, running and done measures):
    /// Δ npv per partner and for the segment on the three cases, value per euro and the probability of the target.
    /// </summary>
    /// <exception cref="ArgumentException">An id is not a measure of the solution and segment.</exception>
    public async Task<(PlanningContext Context, MeasureImpactResult Impact)> ImpactAsync(
        string solution, string segment, IReadOnlyList<int>? measureIds, int trials = 2_000, CancellationToken cancellationToken = default)
    {
        var context = await ContextAsync(solution, segment, cancellationToken);
        var chosen = Pick(context, measureIds, context.CurrentPlan);
        return (context, Impact(context, chosen, trials));
    }

    /// <summary>The impact of measures within a known context.</summary>
    public static MeasureImpactResult Impact(PlanningContext context, IReadOnlyList<MeasureView> chosen, int trials = 2_000)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(chosen);
        return MeasureImpact.Compute(
            context.Model,
            context.Baselines,
            [.. chosen.Select(m => m.ToDefinition())],
            context.PartnersInSegment,
            new PlanTargets(context.FactualTarget, context.PerceivedTarget),
            trials > 0 ? new EffectSimulationOptions { Trials = trials, Seed = 1 } : null);
    }

    /// <summary>The cheapest set of candidates that reaches the target within the budget, or the closest one.</summary>
    public async Task<PlanOutcome> PlanAsync(PlanQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Budget is < 0)
        {
            throw new ArgumentException("The budget cannot be negative.");
        }
        var context = await ContextAsync(query.Solution, query.Segment, cancellationToken);
        var candidates = Pick(context, query.CandidateIds, [.. context.Measures.Where(m => m.Status != MeasureStatus.Dropped)]);
        var result = TargetPlanner.Plan(new PlanRequest
        {
            Model = context.Model,
            Baselines = context.Baselines,
            Candidates = [.. candidates.Select(m => m.ToDefinition())],
            Budget = query.Budget,
            Targets = new PlanTargets(context.FactualTarget, context.Targets.PerceivedNpv),
            Simulation = new EffectSimulationOptions { Trials = query.Trials, Seed = 1 },
        });
        var keys = result.Measures.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var chosen = candidates.Where(c => keys.Contains(MeasureView.Key(c.Id))).ToList();
        return new PlanOutcome(context, result, Waterfall(context, chosen), chosen);
    }

    /// <summary>
    /// "Who contributes what" on the factual case: from the baseline npv to the npv with the measures (null = the current plan),
    /// one step per owner, and the gap still open to the factual target.
    /// </summary>
    public async Task<(PlanningContext Context, ContributionWaterfallResult Waterfall)> WaterfallAsync(
        string solution, string segment, IReadOnlyList<int>? measureIds = null, CancellationToken cancellationToken = default)
    {
        var context = await ContextAsync(solution, segment, cancellationToken);
        return (context, Waterfall(context, Pick(context, measureIds, context.CurrentPlan)));
    }

    public static ContributionWaterfallResult Waterfall(PlanningContext context, IReadOnlyList<MeasureView> chosen)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(chosen);
        return ContributionWaterfall.Build(context.Model, context.Baselines, [.. chosen.Select(m => m.ToDefinition())], context.FactualTarget, BaselineKind.Factual);
    }

    /// <summary>The solution × segment pairs that have a value model, for pickers.</summary>
    public async Task<IReadOnlyList<(string Solution, string Segment)>> SegmentsAsync(CancellationToken cancellationToken = default) =>
        [.. (await models.ListAsync(cancellationToken)).Where(m => m.Entity.Segment.Length > 0).Select(m => (m.SolutionName, m.Entity.Segment))];

    private static List<MeasureView> Pick(PlanningContext context, IReadOnlyList<int>? ids, IReadOnlyList<MeasureView> fallback)
    {
        if (ids is null)
        {
            return [.. fallback];
        }
        var byId = context.Measures.ToDictionary(m => m.Id);
        var missing = ids.Where(i => !byId.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Not measures of {context.Solution} ({context.Segment}): {string.Join(", ", missing)}.");
        }
        return [.. ids.Distinct().Select(i => byId[i])];
    }
}
