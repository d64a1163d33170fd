using System.Diagnostics;
using Google.OrTools.Sat;

namespace SamePage.Core.Planning;

/// <summary>
/// Finds the set of candidate measures with the least vendor cost that reaches the target(s), or, when none can within the
/// budget, the set that gets closest. Method (docs/planner.md): linearise each candidate's solo Δ npv, start from the greedy
/// answer, then repeatedly solve the linear model with CP-SAT, verify the chosen set with the full value model, cut sets that
/// fall short and keep the best verified set, until no cheaper (or closer) set is left within the interaction allowance.
/// </summary>
public static class TargetPlanner
{
    /// <summary>Plans the measures for a request.</summary>
    /// <exception cref="ArgumentException">The request has no target, an effect names an unknown input, or keys repeat.</exception>
    public static PlanResult Plan(PlanRequest request)
    {
        var watch = Stopwatch.StartNew();
        var problem = new PlanningProblem(request);
        var linear = new LinearSelectionModel(problem);
        var best = problem.Prune(GreedyPlanner.Search(problem));
        var status = "IterationLimit";
        var iterations = 0;
        var deadline = watch.Elapsed + request.TimeLimit;
        if (best.Members.Length > 0 || !best.Reaches)
        {
            while (true)
            {
                if (iterations >= request.MaxIterations)
                {
                    break;
                }

                var remaining = deadline - watch.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    status = "TimeLimit";
                    break;
                }

                iterations++;
                var cap = best.Reaches ? best.Cost - CostStep(best.Cost) : problem.Budget;
                var solution = linear.Solve(cap, remaining);
                if (solution.Members is null)
                {
                    status = solution.Status == CpSolverStatus.Infeasible ? "Optimal" : "TimeLimit";
                    break;
                }

                // Sets further from the target than interactions have ever added are not worth verifying.
                var allowance = request.InteractionAllowance * problem.LargestInteraction;
                if (best.Reaches ? solution.LinearShortfall > allowance + 1e-6 : solution.LinearShortfall - allowance > best.Shortfall + 1e-6)
                {
                    status = "WithinAllowance";
                    break;
                }

                var verified = problem.Verify(solution.Members);
                if (verified.Reaches)
                {
                    verified = problem.Prune(verified);
                }

                if (PlanningProblem.Better(verified, best))
                {
                    best = verified;
                }

                if (!verified.Reaches || verified.Members.Length != solution.Members.Length)
                {
                    linear.Cut(solution.Members);
                }
            }
        }
        else
        {
            status = "Optimal";
        }

        var statistics = new SolverStatistics(
            "CP-SAT",
            status,
            iterations,
            problem.Evaluator.Evaluations,
            linear.Cuts,
            request.InteractionAllowance * problem.LargestInteraction,
            watch.Elapsed);
        return PlanResults.Build(problem, best, statistics);
    }

    /// <summary>The smallest cost difference that counts as cheaper (a cent, or relative for large sums).</summary>
    private static double CostStep(double cost) => Math.Max(0.01, Math.Abs(cost) * 1e-9);
}
