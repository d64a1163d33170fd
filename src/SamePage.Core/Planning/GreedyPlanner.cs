using System.Diagnostics;

namespace SamePage.Core.Planning;

/// <summary>
/// The baseline the CP-SAT planner is measured against: repeatedly add the measure (with any dependencies it still needs) that
/// closes the most of the verified shortfall per euro of vendor cost, until the target(s) hold, nothing fits the budget, or no
/// measure helps. Every step is verified with the full value model.
/// </summary>
public static class GreedyPlanner
{
    /// <summary>Plans with the greedy rule only.</summary>
    public static PlanResult Plan(PlanRequest request)
    {
        var watch = Stopwatch.StartNew();
        var problem = new PlanningProblem(request);
        var chosen = Search(problem);
        return PlanResults.Build(problem, chosen, new SolverStatistics("Greedy", "Greedy", 0, problem.Evaluator.Evaluations, 0, 0, watch.Elapsed));
    }

    internal static VerifiedSet Search(PlanningProblem problem)
    {
        var current = problem.Verify([]);
        while (!current.Reaches)
        {
            VerifiedSet? best = null;
            var bestRatio = double.NegativeInfinity;
            for (var i = 0; i < problem.Count; i++)
            {
                if (Array.IndexOf(current.Members, i) >= 0 || Bundle(problem, current.Members, i) is not { } bundle)
                {
                    continue;
                }

                var next = current.Members.Concat(bundle).ToArray();
                if (!problem.IsAllowed(next))
                {
                    continue;
                }

                var verified = problem.Verify(next);
                var gain = current.Shortfall - verified.Shortfall;
                if (gain <= 1e-9)
                {
                    continue;
                }

                var cost = verified.Cost - current.Cost;
                var ratio = cost <= 0 ? double.PositiveInfinity : gain / cost;
                if (ratio > bestRatio || (ratio == bestRatio && best is not null && verified.Cost < best.Cost))
                {
                    best = verified;
                    bestRatio = ratio;
                }
            }

            if (best is null)
            {
                break;
            }

            current = best;
        }

        return current;
    }

    /// <summary>The measure and the dependencies (transitively) not yet in the set, or null when one cannot be chosen.</summary>
    private static List<int>? Bundle(PlanningProblem problem, int[] members, int measure)
    {
        var bundle = new List<int>();
        var pending = new Stack<int>([measure]);
        while (pending.Count > 0)
        {
            var i = pending.Pop();
            if (bundle.Contains(i) || Array.IndexOf(members, i) >= 0)
            {
                continue;
            }

            if (!problem.Selectable[i])
            {
                return null;
            }

            bundle.Add(i);
            foreach (var d in problem.DependsOn[i])
            {
                pending.Push(d);
            }
        }

        return bundle;
    }
}
