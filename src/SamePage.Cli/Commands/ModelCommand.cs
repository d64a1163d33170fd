using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Values;
using SamePage.Data.Values;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage model validate|run|sensitivity|simulate|diff|import|export`.</summary>
public static class ModelCommand
{
    public static Command Create()
    {
        return new Command("model", "Value models: validate, evaluate, analyse, compare, and move between files and the database.")
        {
            Validate(), Run(), Sensitivity(), Simulate(), Diff(), Import(), Export(),
        };
    }

    private static Argument<FileInfo> FileArgument() => new("FILE") { Description = "A value-model JSON file (samepage.valuemodel/1)." };

    private static Command Validate()
    {
        var file = FileArgument();
        var format = CliOptions.Format();
        var command = new Command("validate", "Check a value model; exit 2 with the list of errors when it is invalid.") { file, format };
        command.SetAction(parse =>
        {
            var (_, model, warnings) = Load(parse.GetValue(file)!, parse.GetValue(format)!);
            if (parse.GetValue(format) == "json")
            {
                CliJson.Write(new { valid = true, inputs = model.InputNames.Count, drivers = model.EvaluationOrder.Count, warnings = warnings.Select(ErrorJson) });
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[green]valid[/]: {model.InputNames.Count} inputs, {model.EvaluationOrder.Count} drivers, {model.HorizonMonths} months");
                PrintDiagnostics(warnings);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Run()
    {
        var file = FileArgument();
        var format = CliOptions.Format();
        var set = new Option<string[]>("--set") { Description = "Override an input: --set name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var command = new Command("run", "Evaluate the partner business case at the likely values (or with --set overrides).") { file, set, format };
        command.SetAction(parse =>
        {
            var (document, model, _) = Load(parse.GetValue(file)!, parse.GetValue(format)!);
            var overrides = ParseOverrides(parse.GetValue(set) ?? [], model);
            var report = ValueModelReports.ToRunReport(model.Evaluate(overrides));
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(ValueModelReports.ToJson(report));
                return ExitCodes.Ok;
            }
            var currency = document.Currency ?? "EUR";
            var summary = new Table().Title($"{document.Solution} {document.Segment} — partner business case").AddColumns("Figure", "Value");
            summary.AddRow("NPV", Money(report.Npv, currency));
            summary.AddRow("Total benefit", Money(report.TotalBenefit, currency));
            summary.AddRow("Total cost", Money(report.TotalCost, currency));
            summary.AddRow("Total investment", Money(report.TotalInvestment, currency));
            summary.AddRow("Net profit", Money(report.NetProfit, currency));
            summary.AddRow("ROI", report.Roi is { } roi ? roi.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–");
            summary.AddRow("Payback month", report.PaybackMonth?.ToString(CultureInfo.InvariantCulture) ?? "never");
            summary.AddRow("Services multiplier", report.ServicesMultiplier?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–");
            AnsiConsole.Write(summary);
            var drivers = new Table().AddColumns("Driver", "Total");
            foreach (var driver in report.Drivers)
            {
                drivers.AddRow(driver.Name, Money(driver.Total, currency));
            }
            AnsiConsole.Write(drivers);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Sensitivity()
    {
        var file = FileArgument();
        var format = CliOptions.Format();
        var command = new Command("sensitivity", "Tornado: npv with each ranged input at low and at high, the others at likely.") { file, format };
        command.SetAction(parse =>
        {
            var (document, model, _) = Load(parse.GetValue(file)!, parse.GetValue(format)!);
            var report = ValueModelReports.ToSensitivityReport(SensitivityAnalysis.Run(model));
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(ValueModelReports.ToJson(report));
                return ExitCodes.Ok;
            }
            var currency = document.Currency ?? "EUR";
            AnsiConsole.MarkupLineInterpolated($"Base NPV: [bold]{Money(report.BaseNpv, currency)}[/]");
            var table = new Table().AddColumns("Input", "NPV at low", "NPV at high", "Swing");
            foreach (var input in report.Inputs)
            {
                table.AddRow(input.Name, Money(input.NpvLow, currency), Money(input.NpvHigh, currency), Money(input.Swing, currency));
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Simulate()
    {
        var file = FileArgument();
        var format = CliOptions.Format();
        var trials = new Option<int>("--trials") { Description = "Number of trials.", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same result).", DefaultValueFactory = _ => 1 };
        var command = new Command("simulate", "Monte Carlo over the input ranges (PERT): P10/P50/P90, mean and the chance to reach the target.") { file, trials, seed, format };
        command.SetAction(parse =>
        {
            var (document, model, _) = Load(parse.GetValue(file)!, parse.GetValue(format)!);
            if (parse.GetValue(trials) is < 1 or > 10_000_000)
            {
                throw new CliInputException("--trials must be between 1 and 10,000,000.");
            }
            var result = MonteCarloSimulation.Run(model, parse.GetValue(trials), parse.GetValue(seed), model.TargetNpv);
            var report = ValueModelReports.ToSimulationReport(result);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(ValueModelReports.ToJson(report));
                return ExitCodes.Ok;
            }
            var currency = document.Currency ?? "EUR";
            var table = new Table().Title($"{parse.GetValue(trials):N0} trials").AddColumns("Figure", "NPV");
            table.AddRow("P10", Money(report.P10, currency));
            table.AddRow("P50", Money(report.P50, currency));
            table.AddRow("P90", Money(report.P90, currency));
            table.AddRow("Mean", Money(report.Mean, currency));
            if (report.ProbabilityAboveTarget is { } p)
            {
                table.AddRow($"Chance NPV ≥ target {Money(model.TargetNpv!.Value, currency)}", p.ToString("P1", CultureInfo.InvariantCulture));
            }
            table.AddRow("Payback P50", result.Payback.P50?.ToString(CultureInfo.InvariantCulture) ?? "never");
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Diff()
    {
        var a = new Argument<FileInfo>("OLD") { Description = "The earlier model." };
        var b = new Argument<FileInfo>("NEW") { Description = "The later model." };
        var format = CliOptions.Format();
        var command = new Command("diff", "List what changed between two value models.") { a, b, format };
        command.SetAction(parse =>
        {
            var (left, _, _) = Load(parse.GetValue(a)!, parse.GetValue(format)!);
            var (right, _, _) = Load(parse.GetValue(b)!, parse.GetValue(format)!);
            var changes = ValueModelDiff.Compare(left, right);
            if (parse.GetValue(format) == "json")
            {
                CliJson.Write(changes.Select(c => new { kind = c.Kind.ToString().ToLowerInvariant(), area = c.Area, name = c.Name, field = c.Field, before = c.Before, after = c.After }));
            }
            else
            {
                Console.WriteLine(changes.Count == 0 ? "No changes." : string.Join(Environment.NewLine, changes.Select(c => c.ToString())));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import()
    {
        var file = FileArgument();
        var comment = new Option<string?>("--comment") { Description = "What changed in this version." };
        var command = new Command("import", "Store a value model in the database as a new version (the solution must exist).") { file, comment };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var json = ReadFile(parse.GetValue(file)!);
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            try
            {
                var stored = await host.Services.GetRequiredService<ValueModelStore>().SaveAsync(json, parse.GetValue(comment), cancellationToken);
                Console.WriteLine($"Stored {stored.SolutionName} {stored.Entity.Segment} as version {stored.Current.Version}.");
                return ExitCodes.Ok;
            }
            catch (ValueModelInvalidException e)
            {
                PrintDiagnostics(e.Errors);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static Command Export()
    {
        var solution = new Option<string>("--solution") { Description = "Solution name.", Required = true };
        var segment = new Option<string?>("--segment") { Description = "Segment (default: the solution's only or all-segments model)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Write a stored value model (current version) as JSON.") { solution, segment, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), quiet: parse.GetValue(output) is null);
            var stored = await host.Services.GetRequiredService<ValueModelStore>().FindAsync(parse.GetValue(solution)!, parse.GetValue(segment), cancellationToken)
                ?? throw new CliInputException($"No value model for '{parse.GetValue(solution)}' {parse.GetValue(segment)}.");
            if (parse.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, stored.Current.Json, cancellationToken);
                Console.WriteLine($"Wrote {target.FullName} (version {stored.Current.Version}).");
            }
            else
            {
                Console.WriteLine(stored.Current.Json);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ReadFile(FileInfo file) =>
        file.Exists ? File.ReadAllText(file.FullName) : throw new CliInputException($"File not found: {file.FullName}");

    /// <summary>Parses and compiles; on errors prints them and exits 2.</summary>
    private static (ValueModelDocument Document, CompiledValueModel Model, IReadOnlyList<ModelError> Warnings) Load(FileInfo file, string format)
    {
        try
        {
            return ValueModelCompiler.CompileJsonOrThrow(ReadFile(file));
        }
        catch (ValueModelInvalidException e)
        {
            if (format == "json")
            {
                CliJson.Write(new { valid = false, errors = e.Errors.Select(ErrorJson) });
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[red]invalid[/]: {file.Name}");
                PrintDiagnostics(e.Errors);
            }
            throw new CliExitException(ExitCodes.BadInput);
        }
    }

    private static object ErrorJson(ModelError e) => new { path = e.Path, code = e.Code, message = e.Message, severity = e.Severity.ToString().ToLowerInvariant() };

    private static void PrintDiagnostics(IEnumerable<ModelError> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var color = d.IsError ? "red" : "yellow";
            AnsiConsole.MarkupLineInterpolated($"  [{color}]{d.Severity.ToString().ToLowerInvariant()}[/] {d.Path}: {d.Message} ({d.Code})");
        }
    }

    private static Dictionary<string, double> ParseOverrides(IEnumerable<string> sets, CompiledValueModel model)
    {
        var overrides = new Dictionary<string, double>();
        foreach (var set in sets)
        {
            var parts = set.Split('=', 2);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new CliInputException($"--set '{set}': use name=value with a number such as 0.25.");
            }
            var name = parts[0].Trim();
            if (model.InputIndex(name) < 0)
            {
                throw new CliInputException($"--set '{set}': the model has no input '{name}'. Inputs: {string.Join(", ", model.InputNames)}.");
            }
            overrides[name] = value;
        }
        return overrides;
    }

    private static string Money(double value, string currency) => value.ToString("N2", CultureInfo.InvariantCulture) + " " + currency;
}
