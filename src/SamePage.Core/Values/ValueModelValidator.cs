using System.Text.RegularExpressions;

namespace SamePage.Core.Values;

/// <summary>
/// Checks a value model before evaluation. <see cref="Validate"/> runs every check (structure, formulas,
/// cycles, units, a trial evaluation at likely values); the structural checks live here, the formula
/// checks in <see cref="ValueModelCompiler"/>.
/// </summary>
public static partial class ValueModelValidator
{
    /// <summary>The largest horizon accepted (100 years of months).</summary>
    public const int MaxHorizonMonths = 1200;

    /// <summary>Most inputs and most drivers a model may have; keeps the driver graph walk and the evaluation bounded.</summary>
    public const int MaxRows = 1000;

    /// <summary>Errors for a model with more rows than <see cref="MaxRows"/>; checked before any formula is parsed.</summary>
    internal static bool CheckSize(ValueModelDocument doc, List<ModelError> errors)
    {
        foreach (var (field, count) in new[] { ("inputs", doc.Inputs.Count), ("drivers", doc.Drivers.Count) })
        {
            if (count > MaxRows)
            {
                Error(errors, "$." + field, "model.size", $"The model has {count:N0} {field}; at most {MaxRows:N0} are accepted.");
            }
        }

        return errors.Count == 0;
    }

    /// <summary>All errors and warnings of a model, in document order per kind of check.</summary>
    public static IReadOnlyList<ModelError> Validate(ValueModelDocument document) =>
        ValueModelCompiler.Compile(document).Diagnostics;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    internal static void CheckStructure(ValueModelDocument doc, List<ModelError> errors)
    {
        if (doc.Schema != ValueModelDocument.SchemaId)
        {
            Error(errors, "$.schema", "schema.unsupported", $"Unsupported schema '{doc.Schema}'; expected '{ValueModelDocument.SchemaId}'.");
        }

        if (string.IsNullOrWhiteSpace(doc.Solution))
        {
            Error(errors, "$.solution", "model.solution.missing", "The solution name is required.");
        }

        var horizonOk = doc.HorizonMonths is >= 1 and <= MaxHorizonMonths;
        if (!horizonOk)
        {
            Error(errors, "$.horizonMonths", "model.horizon.invalid",
                $"horizonMonths must be between 1 and {MaxHorizonMonths}; it is {doc.HorizonMonths}.");
        }

        if (!double.IsFinite(doc.DiscountRate) || doc.DiscountRate <= -1)
        {
            Error(errors, "$.discountRate", "model.discountRate.invalid", "discountRate must be a yearly rate as a fraction greater than -1 (0.08 = 8 %).");
        }
        else if (doc.DiscountRate > 1)
        {
            Warning(errors, "$.discountRate", "model.discountRate.high",
                $"discountRate {doc.DiscountRate} is over 100 % a year; rates are fractions (0.08 = 8 %).");
        }

        if (doc.Target?.Npv is { } targetNpv && !double.IsFinite(targetNpv))
        {
            Error(errors, "$.target.npv", "target.invalid", "target.npv must be a finite number.");
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Inputs.Count; i++)
        {
            var path = $"$.inputs[{i}]";
            CheckName(doc.Inputs[i].Name, path, seen, errors);
            CheckInput(doc.Inputs[i], path, errors);
        }

        for (var i = 0; i < doc.Drivers.Count; i++)
        {
            var path = $"$.drivers[{i}]";
            CheckName(doc.Drivers[i].Name, path, seen, errors);
            CheckDriver(doc.Drivers[i], path, horizonOk ? doc.HorizonMonths : int.MaxValue, errors);
        }
    }

    private static void CheckName(string name, string path, Dictionary<string, string> seen, List<ModelError> errors)
    {
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name))
        {
            Error(errors, path + ".name", "name.invalid",
                $"'{name}' is not a valid name: use letters, digits and '_', starting with a letter.");
            return;
        }

        if (FormulaFunctions.IsReserved(name))
        {
            Error(errors, path + ".name", "name.reserved", $"'{name}' is a built-in name of the formula language.");
            return;
        }

        if (!seen.TryAdd(name, path))
        {
            Error(errors, path + ".name", "name.duplicate", $"The name '{name}' is already used at {seen[name]}.");
        }
    }

    private static void CheckInput(ModelInput input, string path, List<ModelError> errors)
    {
        if (input.Unit is not null && !ModelUnits.All.Contains(input.Unit))
        {
            Error(errors, path + ".unit", "input.unit.unknown",
                $"Unknown unit '{input.Unit}' of '{input.Name}'; use one of {string.Join(", ", ModelUnits.All)}.");
        }

        if (input.Unit == ModelUnits.Percent && new[] { input.Low, input.Likely, input.High }.Any(v => v is > 1 or < -1))
        {
            Warning(errors, path + ".likely", "input.percent.scale",
                $"'{input.Name}' is a percent given as a fraction (0.25 = 25 %); a value beyond ±1 means more than 100 %.");
        }

        if (input.Likely is null)
        {
            Error(errors, path + ".likely", "input.likely.missing", $"Input '{input.Name}' needs a likely value.");
        }

        foreach (var (field, value) in new[] { ("low", input.Low), ("likely", input.Likely), ("high", input.High) })
        {
            if (value is { } v && !double.IsFinite(v))
            {
                Error(errors, $"{path}.{field}", "input.value.invalid", $"{field} of '{input.Name}' must be a finite number.");
            }
        }

        if ((input.Low is null) != (input.High is null))
        {
            var missing = input.Low is null ? "low" : "high";
            Error(errors, $"{path}.{missing}", "input.range.incomplete",
                $"Input '{input.Name}' gives only one end of its range: give both low and high, or neither.");
        }

        if (input.Low is { } low && input.Likely is { } likely && low > likely)
        {
            Error(errors, path + ".low", "input.range.order", $"low ({low}) of '{input.Name}' is greater than likely ({likely}).");
        }

        if (input.High is { } high && input.Likely is { } likely2 && likely2 > high)
        {
            Error(errors, path + ".high", "input.range.order", $"likely ({likely2}) of '{input.Name}' is greater than high ({high}).");
        }
    }

    private static void CheckDriver(ModelDriver driver, string path, int horizon, List<ModelError> errors)
    {
        if (!DriverCategories.All.Contains(driver.Category))
        {
            Error(errors, path + ".category", "driver.category.invalid",
                $"Unknown category '{driver.Category}' of '{driver.Name}'; use one of {string.Join(", ", DriverCategories.All)}.");
        }

        if (driver.Stream is not null)
        {
            if (!BenefitStreams.All.Contains(driver.Stream))
            {
                Error(errors, path + ".stream", "driver.stream.invalid",
                    $"Unknown stream '{driver.Stream}' of '{driver.Name}'; use one of {string.Join(", ", BenefitStreams.All)}.");
            }
            else if (driver.Category != DriverCategories.Benefit)
            {
                Warning(errors, path + ".stream", "driver.stream.ignored", $"'{driver.Name}' is not a benefit; its stream is ignored.");
            }
        }

        if (driver.At is { } at)
        {
            if (driver.Start is not null || driver.End is not null)
            {
                Error(errors, path + ".at", "driver.timing.conflict", $"'{driver.Name}' gives 'at' together with 'start'/'end'; use one or the other.");
            }

            CheckMonth(at, "at", driver.Name, path, horizon, errors);
        }

        if (driver.Start is { } start)
        {
            CheckMonth(start, "start", driver.Name, path, horizon, errors);
        }

        if (driver.End is { } end)
        {
            CheckMonth(end, "end", driver.Name, path, horizon, errors);
        }

        if (driver.Start is { } s && driver.End is { } e && s > e)
        {
            Error(errors, path + ".end", "driver.timing.order", $"start ({s}) of '{driver.Name}' is after its end ({e}).");
        }

        if (driver.RampMonths is < 0)
        {
            Error(errors, path + ".rampMonths", "driver.ramp.invalid", $"rampMonths of '{driver.Name}' must not be negative.");
        }
    }

    private static void CheckMonth(int month, string field, string name, string path, int horizon, List<ModelError> errors)
    {
        if (month < 1 || month > horizon)
        {
            var range = horizon == int.MaxValue ? "at least 1" : $"between 1 and the horizon {horizon}";
            Error(errors, $"{path}.{field}", "driver.timing.outOfHorizon", $"{field} ({month}) of '{name}' must be {range}.");
        }
    }

    private static void Error(List<ModelError> errors, string path, string code, string message) =>
        errors.Add(new ModelError(path, code, message, ModelErrorSeverity.Error));

    private static void Warning(List<ModelError> errors, string path, string code, string message) =>
        errors.Add(new ModelError(path, code, message, ModelErrorSeverity.Warning));
}
