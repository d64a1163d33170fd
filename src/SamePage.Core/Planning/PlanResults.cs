namespace SamePage.Core.Planning;

/// <summary>Turns a verified set into a <see cref="PlanResult"/> with per-measure figures and the Monte Carlo probability.</summary>
internal static class PlanResults
{
    public static PlanResult Build(PlanningProblem problem, VerifiedSet chosen, SolverStatistics statistics)
    {
        var request = problem.Request;
        var measures = chosen.Members
            .Select(i => (Index: i, Measure: request.Candidates[i]))
            .OrderByDescending(p => problem.Solo[p.Index].Factual + problem.Solo[p.Index].Perceived)
            .ThenBy(p => p.Measure.Key, StringComparer.Ordinal)
            .Select(p => new PlannedMeasure(
                p.Measure.Key,
                p.Measure.Name,
                p.Measure.Owner,
                p.Measure.Instrument,
                problem.Costs[p.Index],
                problem.Solo[p.Index].Planned,
                problem.Solo[p.Index].Factual,
                problem.Solo[p.Index].Perceived))
            .ToArray();

        double? probability = null;
        if (request.Simulation.Trials > 0)
        {
            probability = EffectSimulation.Run(
                request.Model,
                request.Baselines,
                chosen.Members.Select(i => request.Candidates[i]),
                problem.Targets,
                request.Simulation).ProbabilityAll;
        }

        var b = problem.Baseline;
        var targets = new PlanTargets(
            problem.Targets.FirstOrDefault(t => t.Baseline == BaselineKind.Factual)?.TargetNpv,
            problem.Targets.FirstOrDefault(t => t.Baseline == BaselineKind.Perceived)?.TargetNpv);
        var notes = new List<string>(problem.Notes);
        if (!chosen.Reaches)
        {
            notes.Add(request.Budget is { } budget
                ? $"No set of the candidates reaches the target within the budget of {budget:0.##}; this set gets closest (shortfall {chosen.Shortfall:0.##} per partner)."
                : $"No set of the candidates reaches the target; this set gets closest (shortfall {chosen.Shortfall:0.##} per partner).");
        }

        return new PlanResult(
            measures,
            chosen.Cost,
            request.Budget,
            new PlanNpv(b.Planned, b.Factual, b.Perceived, chosen.Npv.Planned, chosen.Npv.Factual, chosen.Npv.Perceived),
            targets,
            chosen.Reaches,
            chosen.Shortfall,
            probability,
            statistics,
            notes);
    }
}
