using SamePage.Core.Values;

namespace SamePage.Core.Planning;

/// <summary>
/// Evaluates sets of candidate measures (by index) on the three cases with the full value model, at likely effect sizes.
/// Keeps the baselines and scratch memory so the planner can verify many sets quickly. Not thread-safe.
/// </summary>
internal sealed class MeasureSetEvaluator
{
    private static readonly BaselineKind[] Kinds = [BaselineKind.Planned, BaselineKind.Factual, BaselineKind.Perceived];
    private readonly CompiledValueModel _model;
    private readonly double[][] _baselines;
    private readonly CompiledEffect[][] _effects;
    private readonly EvaluationWorkspace _workspace;
    private readonly EffectScratch _scratch;
    private readonly double[] _inputs;

    public MeasureSetEvaluator(CompiledValueModel model, ValueBaselines baselines, IReadOnlyList<MeasureDefinition> measures)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baselines);
        _model = model;
        _baselines = [.. Kinds.Select(k => baselines.InputsOf(model, k))];
        _effects = EffectComposer.Compile(model, measures);
        _workspace = model.CreateWorkspace();
        _scratch = new EffectScratch(model.InputNames.Count);
        _inputs = new double[model.InputNames.Count];
        Measures = measures;
        BaselineNpv = new SetNpv(Npv(BaselineKind.Planned, []), Npv(BaselineKind.Factual, []), Npv(BaselineKind.Perceived, []));
    }

    public IReadOnlyList<MeasureDefinition> Measures { get; }

    public SetNpv BaselineNpv { get; }

    public int Evaluations { get; private set; }

    /// <summary>The npv of a case with the measures at the given indexes applied.</summary>
    public double Npv(BaselineKind kind, IEnumerable<int> selected)
    {
        EffectComposer.Apply(_baselines[(int)kind], selected.SelectMany(i => _effects[i]), kind, _scratch, _inputs, e => e.Likely);
        Evaluations++;
        return _model.EvaluateSummary(_inputs, _workspace).Npv;
    }

    /// <summary>The npv of all three cases for a set.</summary>
    public SetNpv Evaluate(IReadOnlyCollection<int> selected) =>
        new(Npv(BaselineKind.Planned, selected), Npv(BaselineKind.Factual, selected), Npv(BaselineKind.Perceived, selected));

    /// <summary>True when a measure has an effect that moves the given case (otherwise its npv there equals the baseline's).</summary>
    public bool Moves(int measure, BaselineKind kind) => _effects[measure].Any(e => e.AppliesTo(kind));
}

/// <summary>The npv of the planned, factual and perceived cases.</summary>
internal readonly record struct SetNpv(double Planned, double Factual, double Perceived)
{
    public double Of(BaselineKind kind) => kind switch
    {
        BaselineKind.Factual => Factual,
        BaselineKind.Perceived => Perceived,
        _ => Planned,
    };
}
