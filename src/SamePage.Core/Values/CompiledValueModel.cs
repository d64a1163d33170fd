namespace SamePage.Core.Values;

/// <summary>
/// A validated value model with its formulas compiled once; evaluate it as often as needed.
/// Thread-safe for evaluation: every call uses its own or the caller's <see cref="EvaluationWorkspace"/>.
/// </summary>
public sealed class CompiledValueModel
{
    private readonly CompiledDriver[] _order;
    private readonly CompiledDriver[] _byDocument;
    private readonly double[] _discount;
    private readonly double[] _likely;
    private readonly Dictionary<string, int> _inputIndex;
    private readonly int _monthSlot;
    private readonly int _activeSlot;
    private readonly int _stackSize;

    internal CompiledValueModel(ValueModelDocument document, CompiledDriver[] byDocument, int[] order, int stackSize)
    {
        Document = document;
        _byDocument = byDocument;
        _order = [.. order.Select(i => byDocument[i])];
        _stackSize = stackSize;
        Inputs = document.Inputs;
        InputNames = [.. document.Inputs.Select(i => i.Name)];
        _inputIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < InputNames.Count; i++)
        {
            _inputIndex.TryAdd(InputNames[i], i);
        }

        _likely = [.. document.Inputs.Select(i => i.Likely ?? 0)];
        _monthSlot = InputNames.Count + byDocument.Length;
        _activeSlot = _monthSlot + 1;
        MonthlyRate = Math.Pow(1 + document.DiscountRate, 1.0 / 12) - 1;
        _discount = new double[document.HorizonMonths];
        for (var m = 1; m <= document.HorizonMonths; m++)
        {
            _discount[m - 1] = 1 / Math.Pow(1 + MonthlyRate, m);
        }
    }

    public ValueModelDocument Document { get; }

    public IReadOnlyList<ModelInput> Inputs { get; }

    /// <summary>Input names in document order; the index of a name is its position in every input vector.</summary>
    public IReadOnlyList<string> InputNames { get; }

    public int HorizonMonths => Document.HorizonMonths;

    /// <summary>Monthly discount rate i = (1 + discountRate)^(1/12) − 1.</summary>
    public double MonthlyRate { get; }

    public double? TargetNpv => Document.Target?.Npv;

    /// <summary>Driver names in the order they are evaluated each month (every driver after the drivers it uses).</summary>
    public IReadOnlyList<string> EvaluationOrder => [.. _order.Select(d => d.Name)];

    /// <summary>The inferred unit of a driver's formula (e.g. "currency", "dimensionless", "unknown").</summary>
    public string UnitOf(string driverName) =>
        _byDocument.FirstOrDefault(d => d.Name == driverName)?.Unit ?? throw new ArgumentException($"Unknown driver '{driverName}'.", nameof(driverName));

    /// <summary>The index of an input in input vectors, or −1.</summary>
    public int InputIndex(string name) => _inputIndex.TryGetValue(name, out var index) ? index : -1;

    /// <summary>A new vector of the likely values.</summary>
    public double[] LikelyInputs() => (double[])_likely.Clone();

    /// <summary>Likely values with some inputs replaced by name (CLI --set, calibration, survey estimates, measure effects).</summary>
    /// <exception cref="ArgumentException">A name is not an input, or a value is not finite.</exception>
    public double[] InputsWith(IReadOnlyDictionary<string, double> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var inputs = LikelyInputs();
        foreach (var (name, value) in overrides)
        {
            var index = InputIndex(name);
            if (index < 0)
            {
                throw new ArgumentException($"Unknown input '{name}'. Inputs are: {string.Join(", ", InputNames)}.", nameof(overrides));
            }

            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"The value of '{name}' must be a finite number.", nameof(overrides));
            }

            inputs[index] = value;
        }

        return inputs;
    }

    /// <summary>Creates scratch memory for <see cref="EvaluateSummary"/>; one per thread.</summary>
    public EvaluationWorkspace CreateWorkspace() =>
        new(_activeSlot + 1, _stackSize, _order.Length, HorizonMonths);

    /// <summary>The business case at the likely values.</summary>
    public BusinessCase Evaluate() => Evaluate(_likely);

    /// <summary>The business case at the likely values with some inputs replaced by name.</summary>
    public BusinessCase Evaluate(IReadOnlyDictionary<string, double> overrides) => Evaluate(InputsWith(overrides));

    /// <summary>The full business case for an input vector (in <see cref="InputNames"/> order).</summary>
    /// <exception cref="ValueModelEvaluationException">A driver divides by zero or is not finite in some month.</exception>
    public BusinessCase Evaluate(ReadOnlySpan<double> inputs)
    {
        var horizon = HorizonMonths;
        var workspace = CreateWorkspace();
        var values = new double[_byDocument.Length * horizon];
        Run(inputs, workspace, values);

        var drivers = new DriverResult[_byDocument.Length];
        double benefit = 0, cost = 0, investment = 0, services = 0, product = 0;
        foreach (var d in _byDocument)
        {
            var monthly = values.AsSpan(d.DocumentIndex * horizon, horizon).ToArray();
            var total = 0.0;
            foreach (var v in monthly)
            {
                total += v;
            }

            drivers[d.DocumentIndex] = new DriverResult(d.Name, d.Category, d.Stream, total, monthly);
            switch (d.Category)
            {
                case DriverCategories.Benefit:
                    benefit += total;
                    if (d.Stream == BenefitStreams.Services)
                    {
                        services += total;
                    }
                    else if (d.Stream is BenefitStreams.Resale or BenefitStreams.Recurring)
                    {
                        product += total;
                    }

                    break;
                case DriverCategories.Cost:
                    cost += total;
                    break;
                case DriverCategories.Investment:
                    investment += total;
                    break;
                default:
                    break;
            }
        }

        var summary = Summarize(workspace.CashFlow);
        var months = new MonthlyCashFlow[horizon];
        var cumulative = 0.0;
        for (var m = 1; m <= horizon; m++)
        {
            cumulative += workspace.CashFlow[m - 1];
            months[m - 1] = new MonthlyCashFlow(m, workspace.CashFlow[m - 1], cumulative);
        }

        var net = benefit - cost - investment;
        return new BusinessCase(
            summary.Npv,
            benefit,
            cost,
            investment,
            net,
            investment != 0 ? net / investment : null,
            summary.PaybackMonth,
            product != 0 ? services / product : null,
            months,
            drivers);
    }

    /// <summary>Npv and payback only, without allocation: the simulation's hot path.</summary>
    /// <exception cref="ValueModelEvaluationException">A driver divides by zero or is not finite in some month.</exception>
    public BusinessCaseSummary EvaluateSummary(ReadOnlySpan<double> inputs, EvaluationWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        Run(inputs, workspace, null);
        return Summarize(workspace.CashFlow);
    }

    private BusinessCaseSummary Summarize(double[] cashFlow)
    {
        var npv = 0.0;
        var cumulative = 0.0;
        var lastNegative = 0;
        for (var m = 1; m <= cashFlow.Length; m++)
        {
            var flow = cashFlow[m - 1];
            npv += flow * _discount[m - 1];
            cumulative += flow;
            if (cumulative < 0)
            {
                lastNegative = m;
            }
        }

        return new BusinessCaseSummary(npv, lastNegative == cashFlow.Length ? null : lastNegative + 1);
    }

    private void Run(ReadOnlySpan<double> inputs, EvaluationWorkspace workspace, double[]? values)
    {
        if (inputs.Length != InputNames.Count)
        {
            throw new ArgumentException($"Expected {InputNames.Count} input values, got {inputs.Length}.", nameof(inputs));
        }

        var slots = workspace.Slots;
        var stack = workspace.Stack;
        var invariant = workspace.Invariant;
        var cashFlow = workspace.CashFlow;
        var horizon = HorizonMonths;
        inputs.CopyTo(slots);
        var month = 0;
        var current = 0;
        try
        {
            for (month = 1; month <= horizon; month++)
            {
                slots[_monthSlot] = month;
                var flow = 0.0;
                for (current = 0; current < _order.Length; current++)
                {
                    var d = _order[current];
                    var value = 0.0;
                    if (month >= d.Start && month <= d.End)
                    {
                        var active = month - d.Start + 1;
                        double raw;
                        if (!d.MonthInvariant)
                        {
                            slots[_activeSlot] = active;
                            raw = FormulaMachine.Execute(d.Code, slots, stack);
                        }
                        else if (active == 1)
                        {
                            raw = invariant[current] = FormulaMachine.Execute(d.Code, slots, stack);
                        }
                        else
                        {
                            raw = invariant[current];
                        }

                        value = d.RampMonths > 0 ? raw * Math.Min(1.0, (double)active / d.RampMonths) : raw;
                        if (!double.IsFinite(value))
                        {
                            throw Failure(d, month, "eval.notFinite",
                                $"Driver '{d.Name}' is not a finite number at month {month} (ln of a number <= 0, a negative number to a fractional power, or an overflow).");
                        }
                    }

                    slots[d.Slot] = value;
                    flow += d.Sign * value;
                    if (values is not null)
                    {
                        values[(d.DocumentIndex * horizon) + month - 1] = value;
                    }
                }

                cashFlow[month - 1] = flow;
            }
        }
        catch (DivideByZeroException)
        {
            var d = _order[current];
            throw Failure(d, month, "eval.divisionByZero", $"Division by zero in driver '{d.Name}' at month {month}.");
        }
    }

    private static ValueModelEvaluationException Failure(CompiledDriver d, int month, string code, string message) =>
        new(new ModelError($"$.drivers[{d.DocumentIndex}].formula", code, message, ModelErrorSeverity.Error), d.Name, month);
}
