namespace SamePage.Core.Values;

/// <summary>
/// Validates a value model and compiles its formulas: structure checks, parsing with positions, names,
/// functions, cycles between drivers, unit inference (warnings) and a trial evaluation at the likely
/// values (division by zero at month m).
/// </summary>
public static class ValueModelCompiler
{
    /// <summary>Reads a model from JSON and compiles it: the one entry point for JSON from files, the API and the database.</summary>
    public static ValueModelJsonCompilation CompileJson(string json)
    {
        var parsed = ValueModelJson.Parse(json);
        if (!parsed.Success)
        {
            return new ValueModelJsonCompilation(null, null, parsed.Errors);
        }

        var compiled = Compile(parsed.Document!);
        return new ValueModelJsonCompilation(parsed.Document, compiled.Model, [.. parsed.Errors, .. compiled.Diagnostics]);
    }

    /// <summary>Like <see cref="CompileJson"/>; throws <see cref="ValueModelInvalidException"/> with every error found.</summary>
    public static (ValueModelDocument Document, CompiledValueModel Model, IReadOnlyList<ModelError> Warnings) CompileJsonOrThrow(string json)
    {
        var result = CompileJson(json);
        return result.Model is { } model
            ? (result.Document!, model, [.. result.Warnings])
            : throw new ValueModelInvalidException(result.Diagnostics);
    }

    /// <summary>Compiles a model; <see cref="ValueModelCompilation.Model"/> is null when any error was found.</summary>
    public static ValueModelCompilation Compile(ValueModelDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<ModelError>();
        if (!ValueModelValidator.CheckSize(document, diagnostics))
        {
            return new ValueModelCompilation(null, diagnostics);
        }

        ValueModelValidator.CheckStructure(document, diagnostics);

        var inputIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Inputs.Count; i++)
        {
            inputIndex.TryAdd(document.Inputs[i].Name, i);
        }

        var driverIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Drivers.Count; i++)
        {
            if (!inputIndex.ContainsKey(document.Drivers[i].Name))
            {
                driverIndex.TryAdd(document.Drivers[i].Name, i);
            }
        }

        var trees = new FormulaNode?[document.Drivers.Count];
        var uses = new HashSet<int>[document.Drivers.Count];
        for (var i = 0; i < document.Drivers.Count; i++)
        {
            uses[i] = [];
            var path = $"$.drivers[{i}].formula";
            try
            {
                trees[i] = FormulaParser.Parse(document.Drivers[i].Formula ?? string.Empty);
            }
            catch (FormulaSyntaxException ex)
            {
                diagnostics.Add(new ModelError(path, "formula.syntax",
                    $"Syntax error in '{document.Drivers[i].Name}' at position {ex.Position}: {ex.Reason}.", ModelErrorSeverity.Error));
                continue;
            }

            CheckNames(trees[i]!, document.Drivers[i].Name, path, inputIndex, driverIndex, uses[i], diagnostics);
        }

        var (order, cycles) = DriverGraph.Analyze(uses);
        foreach (var cycle in cycles)
        {
            var names = string.Join(" -> ", cycle.Select(c => document.Drivers[c].Name));
            diagnostics.Add(new ModelError($"$.drivers[{cycle[0]}].formula", "driver.cycle",
                $"Cycle between drivers: {names}.", ModelErrorSeverity.Error));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return new ValueModelCompilation(null, diagnostics);
        }

        var units = InferUnits(document, trees, order, inputIndex, diagnostics);
        var model = Build(document, trees, order, inputIndex, driverIndex, units);
        try
        {
            model.Evaluate();
        }
        catch (ValueModelEvaluationException ex)
        {
            diagnostics.Add(ex.Error);
            return new ValueModelCompilation(null, diagnostics);
        }

        return new ValueModelCompilation(model, diagnostics);
    }

    private static void CheckNames(
        FormulaNode node,
        string driver,
        string path,
        Dictionary<string, int> inputs,
        Dictionary<string, int> drivers,
        HashSet<int> uses,
        List<ModelError> diagnostics)
    {
        switch (node)
        {
            case NameNode name:
                if (drivers.TryGetValue(name.Name, out var used))
                {
                    uses.Add(used);
                }
                else if (!inputs.ContainsKey(name.Name) && name.Name is not (FormulaFunctions.Month or FormulaFunctions.Active))
                {
                    var hint = Suggest(name.Name, inputs.Keys.Concat(drivers.Keys).Append(FormulaFunctions.Month).Append(FormulaFunctions.Active));
                    var message = FormulaFunctions.Arity.ContainsKey(name.Name)
                        ? $"'{name.Name}' in '{driver}' at position {name.Position} is a function and needs arguments in parentheses."
                        : $"Unknown name '{name.Name}' in '{driver}' at position {name.Position}{hint}.";
                    diagnostics.Add(new ModelError(path, "formula.unknownName", message, ModelErrorSeverity.Error));
                }

                break;
            case UnaryNode unary:
                CheckNames(unary.Operand, driver, path, inputs, drivers, uses, diagnostics);
                break;
            case BinaryNode binary:
                CheckNames(binary.Left, driver, path, inputs, drivers, uses, diagnostics);
                CheckNames(binary.Right, driver, path, inputs, drivers, uses, diagnostics);
                break;
            case CallNode call:
                if (!FormulaFunctions.Arity.TryGetValue(call.Function, out var arity))
                {
                    var hint = Suggest(call.Function, FormulaFunctions.Arity.Keys);
                    diagnostics.Add(new ModelError(path, "formula.unknownFunction",
                        $"Unknown function '{call.Function}' in '{driver}' at position {call.Position}{hint}.", ModelErrorSeverity.Error));
                }
                else if (call.Arguments.Count < arity.Min || call.Arguments.Count > arity.Max)
                {
                    var expected = arity.Min == arity.Max ? $"{arity.Min}"
                        : arity.Max == int.MaxValue ? $"at least {arity.Min}" : $"{arity.Min} to {arity.Max}";
                    diagnostics.Add(new ModelError(path, "formula.arity",
                        $"{call.Function}() in '{driver}' at position {call.Position} takes {expected} argument(s), not {call.Arguments.Count}.", ModelErrorSeverity.Error));
                }

                foreach (var argument in call.Arguments)
                {
                    CheckNames(argument, driver, path, inputs, drivers, uses, diagnostics);
                }

                break;
            default:
                break;
        }
    }

    private static string Suggest(string name, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: string.Equals(c, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(c, name)))
            .Where(c => c.Distance <= Math.Max(1, name.Length / 4))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? string.Empty : $" (did you mean '{best.Name}'?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static UnitDimension[] InferUnits(
        ValueModelDocument document,
        FormulaNode?[] trees,
        int[] order,
        Dictionary<string, int> inputIndex,
        List<ModelError> diagnostics)
    {
        var units = new UnitDimension[document.Drivers.Count];
        var driverUnits = new Dictionary<string, UnitDimension>(StringComparer.Ordinal);
        UnitDimension UnitOf(string name) =>
            inputIndex.TryGetValue(name, out var i) ? UnitDimension.FromInputUnit(document.Inputs[i].Unit)
            : driverUnits.TryGetValue(name, out var u) ? u
            : UnitDimension.Dimensionless;

        foreach (var index in order)
        {
            var driver = document.Drivers[index];
            var path = $"$.drivers[{index}].formula";
            var (unit, problems) = UnitInference.Infer(trees[index]!, UnitOf);
            foreach (var problem in problems)
            {
                diagnostics.Add(new ModelError(path, "unit.mismatch", $"Unit mismatch in '{driver.Name}': {problem}.", ModelErrorSeverity.Warning));
            }

            if (driver.Category != DriverCategories.Metric && unit.IsKnown && unit != UnitDimension.CurrencyUnit)
            {
                diagnostics.Add(new ModelError(path, "unit.notCurrency",
                    $"'{driver.Name}' is a {driver.Category} (a cash flow) but its formula gives {unit}, not currency.", ModelErrorSeverity.Warning));
            }

            units[index] = unit;
            driverUnits[driver.Name] = unit;
        }

        return units;
    }

    private static CompiledValueModel Build(
        ValueModelDocument document,
        FormulaNode?[] trees,
        int[] order,
        Dictionary<string, int> inputIndex,
        Dictionary<string, int> driverIndex,
        UnitDimension[] units)
    {
        var inputCount = document.Inputs.Count;
        var monthSlot = inputCount + document.Drivers.Count;
        int SlotOf(string name) => name switch
        {
            FormulaFunctions.Month => monthSlot,
            FormulaFunctions.Active => monthSlot + 1,
            _ => inputIndex.TryGetValue(name, out var i) ? i : inputCount + driverIndex[name],
        };

        var drivers = new CompiledDriver[document.Drivers.Count];
        var stackSize = 1;
        for (var i = 0; i < drivers.Length; i++)
        {
            var d = document.Drivers[i];
            var code = FormulaCodeGenerator.Generate(trees[i]!, SlotOf);
            stackSize = Math.Max(stackSize, code.Length + 1);
            var start = d.At ?? d.Start ?? 1;
            var end = d.At ?? d.End ?? document.HorizonMonths;
            var sign = d.Category switch
            {
                DriverCategories.Benefit => 1.0,
                DriverCategories.Cost or DriverCategories.Investment => -1.0,
                _ => 0.0,
            };
            var stream = d.Category == DriverCategories.Benefit ? d.Stream ?? BenefitStreams.Other : null;
            drivers[i] = new CompiledDriver(i, d.Name, d.Category, stream, inputCount + i, start, end, d.RampMonths ?? 0, sign,
                code, UsesInputsOnly(trees[i]!, inputIndex), units[i].ToString());
        }

        return new CompiledValueModel(document, drivers, order, stackSize);
    }

    /// <summary>A formula over inputs and numbers only has the same value every month, so it is computed once per evaluation.</summary>
    private static bool UsesInputsOnly(FormulaNode node, Dictionary<string, int> inputs) => node switch
    {
        NumberNode => true,
        NameNode name => inputs.ContainsKey(name.Name),
        UnaryNode unary => UsesInputsOnly(unary.Operand, inputs),
        BinaryNode binary => UsesInputsOnly(binary.Left, inputs) && UsesInputsOnly(binary.Right, inputs),
        CallNode call => call.Arguments.All(a => UsesInputsOnly(a, inputs)),
        _ => false,
    };
}
