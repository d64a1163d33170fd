namespace SamePage.Core.Planning;

/// <summary>
/// A plan request resolved to indexes: costs, dependencies, exclusions, targets, the solo (linear) gains of each candidate and
/// a cache of sets verified with the full model. Shared by the CP-SAT planner and the greedy planner.
/// </summary>
internal sealed class PlanningProblem
{
    private const double Tolerance = 1e-6;
    private readonly Dictionary<string, VerifiedSet> _verified = new(StringComparer.Ordinal);

    public PlanningProblem(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Candidates);
        Request = request;
        var candidates = request.Candidates;
        var duplicate = candidates.GroupBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Measure key '{duplicate.Key}' is used by more than one candidate.", nameof(request));
        }

        if (request.Budget is { } budget && (!double.IsFinite(budget) || budget < 0))
        {
            throw new ArgumentException("The budget must be a finite, non-negative amount.", nameof(request));
        }

        var factual = request.Targets.FactualNpv ?? (request.Targets.PerceivedNpv is null ? request.Model.TargetNpv : null);
        var targets = new List<BaselineTarget>();
        if (factual is { } f)
        {
            targets.Add(new BaselineTarget(BaselineKind.Factual, f));
        }

        if (request.Targets.PerceivedNpv is { } p)
        {
            targets.Add(new BaselineTarget(BaselineKind.Perceived, p));
        }

        if (targets.Count == 0)
        {
            throw new ArgumentException("Give a factual or a perceived target npv (the model has no target either).", nameof(request));
        }

        Targets = targets;
        Evaluator = new MeasureSetEvaluator(request.Model, request.Baselines, candidates);
        Count = candidates.Count;
        Costs = [.. candidates.Select(c => c.VendorCost)];
        var index = candidates.Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var notes = new List<string>();
        Selectable = new bool[Count];
        DependsOn = new int[Count][];
        var exclusions = new HashSet<(int, int)>();
        for (var i = 0; i < Count; i++)
        {
            var c = candidates[i];
            var missing = c.DependsOn.Where(d => !index.ContainsKey(d)).ToArray();
            Selectable[i] = missing.Length == 0 && Costs[i] >= 0 && double.IsFinite(Costs[i]);
            if (missing.Length > 0)
            {
                notes.Add($"'{c.Key}' depends on {string.Join(", ", missing.Select(m => $"'{m}'"))}, which is not a candidate; it is left out.");
            }

            DependsOn[i] = [.. c.DependsOn.Where(index.ContainsKey).Select(d => index[d]).Distinct()];
            foreach (var e in c.Excludes.Where(index.ContainsKey).Select(e => index[e]).Where(e => e != i))
            {
                exclusions.Add((Math.Min(i, e), Math.Max(i, e)));
            }
        }

        Exclusions = [.. exclusions.Order()];
        Notes = notes;
        Baseline = Evaluator.BaselineNpv;
        Solo = new SetNpv[Count];
        for (var i = 0; i < Count; i++)
        {
            Solo[i] = new SetNpv(
                Evaluator.Npv(BaselineKind.Planned, [i]) - Baseline.Planned,
                Evaluator.Npv(BaselineKind.Factual, [i]) - Baseline.Factual,
                Evaluator.Npv(BaselineKind.Perceived, [i]) - Baseline.Perceived);
        }
    }

    public PlanRequest Request { get; }

    public MeasureSetEvaluator Evaluator { get; }

    public int Count { get; }

    public double[] Costs { get; }

    public bool[] Selectable { get; }

    public int[][] DependsOn { get; }

    public IReadOnlyList<(int A, int B)> Exclusions { get; }

    public IReadOnlyList<BaselineTarget> Targets { get; }

    public List<string> Notes { get; }

    public SetNpv Baseline { get; }

    /// <summary>Δ npv of each candidate applied alone, per case: the linear model's coefficients.</summary>
    public SetNpv[] Solo { get; }

    public double Budget => Request.Budget ?? double.PositiveInfinity;

    /// <summary>The largest amount by which a verified set's gain exceeded the sum of its members' solo gains (any target case).</summary>
    public double LargestInteraction { get; private set; }

    public double Cost(IEnumerable<int> set) => set.Sum(i => Costs[i]);

    /// <summary>Dependencies inside the set, no excluded pair, only selectable measures, within the budget.</summary>
    public bool IsAllowed(IReadOnlyCollection<int> set)
    {
        var members = set as ISet<int> ?? set.ToHashSet();
        return members.All(i => Selectable[i] && DependsOn[i].All(members.Contains))
            && !Exclusions.Any(p => members.Contains(p.A) && members.Contains(p.B))
            && Cost(members) <= Budget + Tolerance;
    }

    /// <summary>Σ over targets of max(0, target − npv of its case).</summary>
    public double Shortfall(SetNpv npv) => Targets.Sum(t => Math.Max(0, t.TargetNpv - npv.Of(t.Baseline)));

    /// <summary>The set evaluated with the full model (cached by its members).</summary>
    public VerifiedSet Verify(IEnumerable<int> set)
    {
        var members = set.Distinct().Order().ToArray();
        var key = string.Join(',', members);
        if (_verified.TryGetValue(key, out var known))
        {
            return known;
        }

        var npv = Evaluator.Evaluate(members);
        var shortfall = Shortfall(npv);
        var verified = new VerifiedSet(members, Cost(members), npv, shortfall, shortfall <= Tolerance);
        _verified[key] = verified;
        if (members.Length > 1)
        {
            foreach (var t in Targets)
            {
                var linear = members.Sum(i => Solo[i].Of(t.Baseline));
                var actual = npv.Of(t.Baseline) - Baseline.Of(t.Baseline);
                LargestInteraction = Math.Max(LargestInteraction, actual - linear);
            }
        }

        return verified;
    }

    /// <summary>True when a is a better answer than b: reaching beats not reaching; then lower cost (reaching) or lower shortfall, then cost.</summary>
    public static bool Better(VerifiedSet a, VerifiedSet? b)
    {
        if (b is null)
        {
            return true;
        }

        if (a.Reaches != b.Reaches)
        {
            return a.Reaches;
        }

        if (a.Reaches)
        {
            return a.Cost < b.Cost - Tolerance || (Math.Abs(a.Cost - b.Cost) <= Tolerance && a.Shortfall < b.Shortfall);
        }

        return a.Shortfall < b.Shortfall - Tolerance || (Math.Abs(a.Shortfall - b.Shortfall) <= Tolerance && a.Cost < b.Cost - Tolerance);
    }

    /// <summary>Drops members one at a time (most expensive first) while the verified answer does not get worse.</summary>
    public VerifiedSet Prune(VerifiedSet set)
    {
        var current = set;
        var improved = true;
        while (improved)
        {
            improved = false;
            foreach (var i in current.Members.OrderByDescending(i => Costs[i]).ThenBy(i => i))
            {
                var rest = current.Members.Where(m => m != i).ToArray();
                if (!IsAllowed(rest))
                {
                    continue;
                }

                var candidate = Verify(rest);
                if (candidate.Reaches == current.Reaches && (candidate.Reaches ? candidate.Cost < current.Cost : candidate.Shortfall <= current.Shortfall + Tolerance))
                {
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }

        return current;
    }
}

/// <summary>A set of candidates (sorted indexes) verified with the full model.</summary>
internal sealed record VerifiedSet(int[] Members, double Cost, SetNpv Npv, double Shortfall, bool Reaches);
