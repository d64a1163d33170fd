using Google.OrTools.Sat;

namespace SamePage.Core.Planning;

/// <summary>
/// The linear model solved by CP-SAT. One Boolean x_i per candidate; money scaled to integers. Constraints: x_i ≤ x_j when i
/// depends on j, x_i + x_j ≤ 1 for excluded pairs, Σ cost_i x_i ≤ cap, and a no-good cut per set already verified to fall short.
/// Per target case t a shortfall s_t ≥ 0 with Σ gain_ti x_i + s_t ≥ need_t. Solved lexicographically: least Σ s_t, then least cost.
/// </summary>
internal sealed class LinearSelectionModel
{
    private readonly PlanningProblem _problem;
    private readonly long[] _cost;
    private long[][] _gain;
    private long[] _need;
    private double _moneyScale;
    private readonly double _costScale;
    private readonly List<int[]> _cuts = [];

    public LinearSelectionModel(PlanningProblem problem)
    {
        _problem = problem;
        var totalCost = Math.Max(1, problem.Costs.Where(double.IsFinite).Sum());
        _costScale = Math.Min(100, 1e8 / totalCost);
        _cost = [.. problem.Costs.Select(c => (long)Math.Round(c * _costScale))];
        _gain = [];
        _need = [];
        Anchor(
            [.. problem.Targets.Select(t => problem.Solo.Select(s => s.Of(t.Baseline)).ToArray())],
            [.. problem.Targets.Select(t => t.TargetNpv - problem.Baseline.Of(t.Baseline))]);
    }

    /// <summary>
    /// Replaces the linear model: per target case t, Σ gains[t][i] x_i should reach needs[t]. Cuts stay (they name exact sets).
    /// </summary>
    public void Anchor(double[][] gains, double[] needs)
    {
        var largest = Math.Max(1, gains.Max(g => g.Sum(Math.Abs)));
        largest = Math.Max(largest, needs.Max(Math.Abs));
        _moneyScale = Math.Min(100, 1e8 / largest);
        _gain = [.. gains.Select(g => g.Select(v => (long)Math.Round(v * _moneyScale)).ToArray())];
        _need = [.. needs.Select(n => (long)Math.Ceiling((n * _moneyScale) - 1e-9))];
    }

    public int Cuts => _cuts.Count;

    /// <summary>Excludes exactly this set from later solves.</summary>
    public void Cut(int[] members) => _cuts.Add(members);

    /// <summary>
    /// The set with the least linear shortfall and, among those, the least cost, with cost ≤ cap; null when no uncut set is left
    /// (status Infeasible) or the solver found nothing in time.
    /// </summary>
    public LinearSolution Solve(double cap, TimeSpan timeLimit)
    {
        var capScaled = double.IsPositiveInfinity(cap) ? _cost.Sum() : (long)Math.Floor((cap * _costScale) + 1e-6);
        var first = Build(capScaled, null);
        using var solver = new CpSolver { StringParameters = Parameters(timeLimit / 2) };
        var status = solver.Solve(first.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new LinearSolution(status, null, 0, solver.WallTime());
        }

        var best = solver.ObjectiveValue;
        var second = Build(capScaled, (long)Math.Round(best));
        var x = second.X;
        foreach (var (v, i) in x.Select((v, i) => (v, i)))
        {
            second.Model.AddHint(v, solver.BooleanValue(first.X[i]));
        }

        using var costSolver = new CpSolver { StringParameters = Parameters(timeLimit / 2) };
        var costStatus = costSolver.Solve(second.Model);
        var wall = solver.WallTime() + costSolver.WallTime();
        if (costStatus is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            var fallback = Enumerable.Range(0, x.Length).Where(i => solver.BooleanValue(first.X[i])).ToArray();
            return new LinearSolution(status, fallback, best / _moneyScale, wall);
        }

        var members = Enumerable.Range(0, x.Length).Where(i => costSolver.BooleanValue(x[i])).ToArray();
        var combined = status == CpSolverStatus.Optimal && costStatus == CpSolverStatus.Optimal ? CpSolverStatus.Optimal : CpSolverStatus.Feasible;
        return new LinearSolution(combined, members, best / _moneyScale, wall);
    }

    private static string Parameters(TimeSpan limit) =>
        FormattableString.Invariant($"num_search_workers:1, max_time_in_seconds:{Math.Max(0.01, limit.TotalSeconds):0.###}");

    private (CpModel Model, BoolVar[] X) Build(long cap, long? shortfallLimit)
    {
        var model = new CpModel();
        var n = _problem.Count;
        var x = new BoolVar[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = model.NewBoolVar($"x{i}");
            if (!_problem.Selectable[i])
            {
                model.Add(x[i] == 0);
            }
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var d in _problem.DependsOn[i])
            {
                model.AddImplication(x[i], x[d]);
            }
        }

        foreach (var (a, b) in _problem.Exclusions)
        {
            model.AddBoolOr([x[a].Not(), x[b].Not()]);
        }

        model.Add(LinearExpr.WeightedSum(x, _cost) <= cap);
        foreach (var cut in _cuts)
        {
            var inCut = new HashSet<int>(cut);
            model.AddBoolOr(Enumerable.Range(0, n).Select(i => inCut.Contains(i) ? x[i].Not() : (ILiteral)x[i]));
        }

        var shortfall = new IntVar[_need.Length];
        for (var t = 0; t < _need.Length; t++)
        {
            var negative = _gain[t].Where(g => g < 0).Sum();
            var upper = Math.Max(0, _need[t] - negative);
            shortfall[t] = model.NewIntVar(0, upper, $"s{t}");
            model.Add(LinearExpr.WeightedSum(x, _gain[t]) + shortfall[t] >= _need[t]);
        }

        var totalShortfall = LinearExpr.Sum(shortfall);
        if (shortfallLimit is { } limit)
        {
            model.Add(totalShortfall <= limit);
            model.Minimize(LinearExpr.WeightedSum(x, _cost));
        }
        else
        {
            model.Minimize(totalShortfall);
        }

        return (model, x);
    }
}

/// <summary>One solve: the solver status, the chosen candidates (null when none) and the linear shortfall in money.</summary>
internal sealed record LinearSolution(CpSolverStatus Status, int[]? Members, double LinearShortfall, double WallSeconds);
