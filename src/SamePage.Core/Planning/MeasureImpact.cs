using SamePage.Core.Values;

namespace SamePage.Core.Planning;

/// <summary>
/// The impact of a measure or a set of measures on the planned, factual and perceived cases, evaluated by the full value model
/// with all effects applied together (never by adding separate impacts).
/// </summary>
public static class MeasureImpact
{
    /// <summary>
    /// Computes npv before and after per case, Δ npv per partner and for the segment's partners, partner value per unit of vendor
    /// cost, and the Monte Carlo probability that each case reaches its target. Targets default to the model's target npv;
    /// the perceived target defaults to the factual one.
    /// </summary>
    /// <exception cref="ArgumentException">An effect names an input the model does not have, or partnersInSegment is negative.</exception>
    public static MeasureImpactResult Compute(
        CompiledValueModel model,
        ValueBaselines baselines,
        IReadOnlyList<MeasureDefinition> measures,
        int partnersInSegment,
        PlanTargets? targets = null,
        EffectSimulationOptions? simulation = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentOutOfRangeException.ThrowIfNegative(partnersInSegment);
        var evaluator = new MeasureSetEvaluator(model, baselines, measures);
        var all = Enumerable.Range(0, measures.Count).ToArray();
        var after = evaluator.Evaluate(all);
        var before = evaluator.BaselineNpv;
        var factualTarget = targets?.FactualNpv ?? model.TargetNpv;
        var perceivedTarget = targets?.PerceivedNpv ?? factualTarget;

        double? TargetOf(BaselineKind kind) => kind == BaselineKind.Perceived ? perceivedTarget : factualTarget;

        var kinds = new[] { BaselineKind.Planned, BaselineKind.Factual, BaselineKind.Perceived };
        var simulated = kinds.Where(k => TargetOf(k) is not null).Select(k => new BaselineTarget(k, TargetOf(k)!.Value)).ToArray();
        var probabilities = simulated.Length == 0
            ? null
            : EffectSimulation.Run(model, baselines, measures, simulated, simulation);

        BaselineImpact Impact(BaselineKind kind)
        {
            var delta = after.Of(kind) - before.Of(kind);
            return new BaselineImpact(
                kind,
                before.Of(kind),
                after.Of(kind),
                delta,
                delta * partnersInSegment,
                TargetOf(kind),
                probabilities?.Cases.FirstOrDefault(c => c.Baseline == kind)?.Probability);
        }

        var cost = measures.Sum(m => m.VendorCost);
        var planned = Impact(BaselineKind.Planned);
        return new MeasureImpactResult(
            [.. measures.Select(m => m.Key)],
            cost,
            partnersInSegment,
            planned,
            Impact(BaselineKind.Factual),
            Impact(BaselineKind.Perceived),
            cost > 0 ? planned.DeltaNpvSegment / cost : null);
    }
}

/// <summary>
/// Impact of a set of measures. <see cref="PartnerValuePerCost"/> = Δ planned npv × partners in the segment / vendor cost
/// (null when the measures cost nothing).
/// </summary>
public sealed record MeasureImpactResult(
    IReadOnlyList<string> MeasureKeys,
    double VendorCost,
    int PartnersInSegment,
    BaselineImpact Planned,
    BaselineImpact Factual,
    BaselineImpact Perceived,
    double? PartnerValuePerCost);

/// <summary>
/// One case: npv per partner before and after, Δ npv per partner and × partners in the segment, the target and the Monte Carlo
/// probability of reaching it with the measures (null without a target).
/// </summary>
public sealed record BaselineImpact(
    BaselineKind Baseline,
    double NpvBefore,
    double NpvAfter,
    double DeltaNpvPerPartner,
    double DeltaNpvSegment,
    double? TargetNpv,
    double? ProbabilityOfTarget);
