using SamePage.Core.Values;

namespace SamePage.Core.Planning;

/// <summary>
/// "Who contributes what": a waterfall from a case's baseline npv to the npv with all measures, one step per participant
/// (a measure's owner; measures without one are grouped as <see cref="Unassigned"/>). Order: participants by the Δ npv of
/// their own measures applied alone, largest first (ties by name, ordinal). Each step adds that participant's measures to
/// those of the participants before and evaluates the full model again, so the steps add up exactly to the plan's total and
/// interactions are credited to the later participant.
/// </summary>
public static class ContributionWaterfall
{
    public const string Unassigned = "Unassigned";

    /// <summary>Builds the waterfall on a case (planned by default) and the gap still open to the target (null without one).</summary>
    public static ContributionWaterfallResult Build(
        CompiledValueModel model,
        ValueBaselines baselines,
        IReadOnlyList<MeasureDefinition> measures,
        double? targetNpv,
        BaselineKind baseline = BaselineKind.Planned)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(measures);
        var evaluator = new MeasureSetEvaluator(model, baselines, measures);
        var start = evaluator.BaselineNpv.Of(baseline);
        var groups = measures
            .Select((m, i) => (Owner: string.IsNullOrWhiteSpace(m.Owner) ? Unassigned : m.Owner, Index: i))
            .GroupBy(p => p.Owner, StringComparer.Ordinal)
            .Select(g => (Participant: g.Key, Indexes: g.Select(p => p.Index).ToArray()))
            .Select(g => (g.Participant, g.Indexes, Solo: evaluator.Npv(baseline, g.Indexes) - start))
            .OrderByDescending(g => g.Solo)
            .ThenBy(g => g.Participant, StringComparer.Ordinal)
            .ToArray();

        var steps = new List<ContributionStep>();
        var included = new List<int>();
        var before = start;
        foreach (var (participant, indexes, solo) in groups)
        {
            included.AddRange(indexes);
            var after = evaluator.Npv(baseline, included);
            steps.Add(new ContributionStep(
                participant,
                [.. indexes.Select(i => measures[i].Key)],
                indexes.Sum(i => measures[i].VendorCost),
                solo,
                before,
                after,
                after - before));
            before = after;
        }

        return new ContributionWaterfallResult(baseline, start, steps, before, targetNpv, targetNpv is { } t ? Math.Max(0, t - before) : null);
    }
}

/// <summary>
/// The waterfall: <see cref="BaselineNpv"/> + Σ step deltas = <see cref="PlanNpv"/>; <see cref="OpenGap"/> = max(0, target − plan npv).
/// </summary>
public sealed record ContributionWaterfallResult(
    BaselineKind Baseline,
    double BaselineNpv,
    IReadOnlyList<ContributionStep> Steps,
    double PlanNpv,
    double? TargetNpv,
    double? OpenGap);

/// <summary>One participant's step: their measures, cost, Δ npv alone, and npv before / after adding them to the earlier steps.</summary>
public sealed record ContributionStep(
    string Participant,
    IReadOnlyList<string> MeasureKeys,
    double VendorCost,
    double SoloDeltaNpv,
    double NpvBefore,
    double NpvAfter,
    double DeltaNpv);
