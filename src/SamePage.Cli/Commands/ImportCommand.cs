using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Actuals;
using SamePage.Data;
using SamePage.Data.Imports;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage import KIND FILE`: one subcommand per registered import kind; validated, all-or-nothing, idempotent.</summary>
public static class ImportCommand
{

    public static Command Create()
    {
        var command = new Command("import", "Import channel data, measures or survey responses from CSV or XLSX (see docs/import-formats.md).");
        foreach (var kind in ImportCatalog.Kinds)
        {
            command.Subcommands.Add(Kind(kind.Name, kind.Name, kind.Description, kind.Parameters));
        }
        command.Subcommands.Add(ImportMappingCommands.Suggest());
        command.Subcommands.Add(ImportMappingCommands.Mappings());
        return command;
    }

    /// <summary>The import of one kind under another name, e.g. `samepage measures import` for `samepage import measures`.</summary>
    public static Command ForKind(string kind, string commandName)
    {
        var found = ImportCatalog.Kinds.Single(k => k.Name == kind);
        return Kind(kind, commandName, found.Description, found.Parameters);
    }

    private static Command Kind(string kind, string commandName, string description, IReadOnlyList<ImportParameter> parameters)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV or .xlsx (first sheet)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and report; write nothing." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid rows; write the rejected ones to --rejects." };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Where to write rejected rows with a reason column (with --skip-invalid)." };
        var culture = new Option<string?>("--culture") { Description = "Number format: de-DE for 1.234,56 (default: detected from the file)." };
        var mapping = new Option<string?>("--mapping") { Description = "A column mapping: a samepage.mapping/1 JSON file or the name of a saved mapping (samepage import mappings list)." };
        var preset = new Option<string?>("--preset") { Description = $"A built-in mapping: {string.Join(", ", Core.Mapping.MappingPresets.All.Select(p => p.Name))}." };
        var command = new Command(commandName, description) { file, dryRun, skipInvalid, rejects, culture, mapping, preset };
        var options = parameters.Select(p => (p.Name, Option: new Option<string>($"--{p.Name}") { Description = p.Description, Required = true })).ToList();
        foreach (var (_, option) in options)
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliInputException($"File not found: {path.FullName}");
            }
            if (parse.GetValue(skipInvalid) && parse.GetValue(rejects) is null)
            {
                throw new CliInputException("--skip-invalid needs --rejects REJECTS.csv, so no rejected row is lost silently.");
            }
            if (parse.GetValue(rejects) is not null && !parse.GetValue(skipInvalid))
            {
                throw new CliInputException("--rejects needs --skip-invalid.");
            }
            NumberCulture? numberCulture = null;
            if (parse.GetValue(culture) is { } name)
            {
                numberCulture = NumberCultures.FromName(name) ?? throw new CliInputException($"--culture '{name}': use de-DE or en-US (invariant).");
            }
            var request = new ImportRequest(path.FullName, path.Name)
            {
                DryRun = parse.GetValue(dryRun),
                SkipInvalid = parse.GetValue(skipInvalid),
                RejectsPath = parse.GetValue(rejects)?.FullName,
                Culture = numberCulture,
                Parameters = options.ToDictionary(o => o.Name, o => parse.GetValue(o.Option)!),
            };
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var document = await ImportMappingCommands.ResolveAsync(host, parse.GetValue(mapping), parse.GetValue(preset), cancellationToken);
            if (document is not null && numberCulture is not null)
            {
                document = document with { Culture = parse.GetValue(culture) };
            }
            request = request with { Mapping = document };
            var importer = host.Services.GetRequiredService<ImportRegistry>().Get(kind);
            ImportOutcome outcome = null!;
            try
            {
                await AnsiConsole.Progress().AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask($"import {path.Name}", maxValue: Math.Max(1, path.Length));
                        outcome = await importer.ImportAsync(request, new SyncProgress<long>(done => task.Value = Math.Min(done, task.MaxValue)), cancellationToken);
                        task.Value = task.MaxValue;
                    });
            }
            catch (TabularFormatException e)
            {
                throw new CliInputException($"{path.Name}: {e.Message}");
            }
            Print(outcome, request);
            return outcome.Report.HasErrors && !request.SkipInvalid ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(ImportOutcome outcome, ImportRequest request)
    {
        var report = outcome.Report;
        foreach (var warning in report.Warnings)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning[/] {warning.File}:{warning.Line} {warning.Column}: {warning.Reason}");
        }
        if (report.HasErrors)
        {
            Console.Error.Write(report.ToText());
        }
        Console.WriteLine(outcome.Summary);
        if (request.SkipInvalid && outcome.Rejected > 0)
        {
            Console.WriteLine($"Rejected rows written to {request.RejectsPath}.");
        }
    }
}
