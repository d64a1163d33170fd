using System.Diagnostics;
using Google.OrTools.Sat;

namespace SamePage.Core.Planning;

/// <summary>
/// Finds the set of candidate measures with the least vendor cost that reaches the target(s), or, when none can within the
/// budget, the set that gets closest. Method (docs/planner.md): start from the greedy answer; phase 1 solves a linear model of
/// each candidate's solo Δ npv with CP-SAT, verifies the chosen set with the full value model, cuts sets that fall short and
/// keeps the best verified set; phase 2 re-linearises around the best set (marginal gains of adding or dropping each
/// candidate) and repeats until the local model sees no better set. Every answer is a set verified by the full model.
/// </summary>
public static class TargetPlanner
{
    private const double Tolerance = 1e-6;

    /// <summary>Plans the measures for a request.</summary>
    /// <exception cref="ArgumentException">The request has no target, an effect names an unknown input, or keys repeat.</exception>
    public static PlanResult Plan(PlanRequest request)
    {
        var watch = Stopwatch.StartNew();
        var problem = new PlanningProblem(request);
        var linear = new LinearSelectionModel(problem);
        var search = new SearchState(problem.Prune(GreedyPlanner.Search(problem)));
        string status;
        if (search.Best.Reaches && search.Best.Members.Length == 0)
        {
            status = "Optimal";
        }
        else
        {
            var start = watch.Elapsed;
            status = GlobalPhase(problem, linear, search, watch, start + (request.TimeLimit / 2));
            if (status != "Optimal")
            {
                status = LocalPhase(problem, linear, search, watch, start + request.TimeLimit);
            }
        }

        var statistics = new SolverStatistics(
            "CP-SAT",
            status,
            search.Iterations,
            problem.Evaluator.Evaluations,
            linear.Cuts,
            request.InteractionAllowance * problem.LargestInteraction,
            watch.Elapsed);
        return PlanResults.Build(problem, search.Best, statistics);
    }

    /// <summary>Phase 1: the linear model of solo gains against the baseline, with the interaction allowance as stopping rule.</summary>
    private static string GlobalPhase(PlanningProblem problem, LinearSelectionModel linear, SearchState search, Stopwatch watch, TimeSpan deadline) =>
        Iterate(problem, linear, search, watch, deadline, (solution, best) =>
        {
            // Sets further from the target than interactions have ever added are not worth verifying.
            var allowance = problem.Request.InteractionAllowance * problem.LargestInteraction;
            return (best.Reaches ? solution.LinearShortfall > allowance + Tolerance : solution.LinearShortfall - allowance > best.Shortfall + Tolerance)
                ? "WithinAllowance" : null;
        });

    /// <summary>Phase 2: re-linearise around the best set and follow the local model while it predicts a better set.</summary>
    private static string LocalPhase(PlanningProblem problem, LinearSelectionModel linear, SearchState search, Stopwatch watch, TimeSpan deadline)
    {
        var anchor = search.Best;
        AnchorAt(problem, linear, anchor);
        return Iterate(problem, linear, search, watch, deadline,
            (solution, best) => (best.Reaches ? solution.LinearShortfall > Tolerance : solution.LinearShortfall >= best.Shortfall - Tolerance) ? "LocalOptimum" : null,
            () =>
            {
                if (!ReferenceEquals(search.Best, anchor))
                {
                    anchor = search.Best;
                    AnchorAt(problem, linear, anchor);
                }
            });
    }

    /// <summary>
    /// Solves the linear model below the best cost (or within the budget until a set reaches the target), verifies and
    /// cuts each answer, until the solver proves no better set, <paramref name="stop"/> names a reason, or time or
    /// iterations run out. <paramref name="afterStep"/> lets a phase move its linearisation.
    /// </summary>
    private static string Iterate(PlanningProblem problem, LinearSelectionModel linear, SearchState search, Stopwatch watch, TimeSpan deadline,
        Func<LinearSolution, VerifiedSet, string?> stop, Action? afterStep = null)
    {
        for (var round = 0; round < problem.Request.MaxIterations; round++)
        {
            var remaining = deadline - watch.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return "TimeLimit";
            }

            search.Iterations++;
            var best = search.Best;
            var solution = linear.Solve(best.Reaches ? best.Cost - CostStep(best.Cost) : problem.Budget, remaining);
            if (solution.Members is null)
            {
                return solution.Status == CpSolverStatus.Infeasible ? "Optimal" : "TimeLimit";
            }

            if (stop(solution, best) is { } reason)
            {
                return reason;
            }

            Step(problem, linear, search, solution.Members);
            afterStep?.Invoke();
        }

        return "IterationLimit";
    }

    /// <summary>Verifies a solver's set, keeps it when it is better, and cuts it unless the cost cap already excludes it.</summary>
    private static void Step(PlanningProblem problem, LinearSelectionModel linear, SearchState search, int[] members)
    {
        var verified = problem.Verify(members);
        if (verified.Reaches)
        {
            verified = problem.Prune(verified);
        }

        if (PlanningProblem.Better(verified, search.Best))
        {
            search.Best = verified;
        }

        if (!verified.Reaches || verified.Members.Length != members.Length)
        {
            linear.Cut(members);
        }
    }

    /// <summary>
    /// The first-order model around a set S: npv_t(x) ≈ npv_t(S) + Σ_{i∉S} (npv_t(S+i) − npv_t(S)) x_i − Σ_{i∈S} (npv_t(S) − npv_t(S−i)) (1 − x_i).
    /// </summary>
    private static void AnchorAt(PlanningProblem problem, LinearSelectionModel linear, VerifiedSet anchor)
    {
        var inSet = new HashSet<int>(anchor.Members);
        var targets = problem.Targets;
        var gains = new double[targets.Count][];
        var needs = new double[targets.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            var kind = targets[t].Baseline;
            var at = anchor.Npv.Of(kind);
            var constant = at;
            gains[t] = new double[problem.Count];
            for (var i = 0; i < problem.Count; i++)
            {
                if (!problem.Evaluator.Moves(i, kind))
                {
                    continue;
                }

                if (inSet.Contains(i))
                {
                    gains[t][i] = at - problem.Evaluator.Npv(kind, anchor.Members.Where(m => m != i));
                    constant -= gains[t][i];
                }
                else
                {
                    gains[t][i] = problem.Evaluator.Npv(kind, anchor.Members.Append(i)) - at;
                }
            }

            needs[t] = targets[t].TargetNpv - constant;
        }

        linear.Anchor(gains, needs);
    }

    /// <summary>The smallest cost difference that counts as cheaper (a cent, or relative for large sums).</summary>
    private static double CostStep(double cost) => Math.Max(0.01, Math.Abs(cost) * 1e-9);

    private sealed class SearchState(VerifiedSet best)
    {
        public VerifiedSet Best { get; set; } = best;

        public int Iterations { get; set; }
    }
}
