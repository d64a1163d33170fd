using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Actuals;
using SamePage.Data;
using SamePage.Data.Imports;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage import partners|deals|costs FILE`: validated, all-or-nothing, idempotent.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Import channel data from CSV or XLSX (see docs/import-formats.md).");
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            command.Subcommands.Add(Kind(kind));
        }
        return command;
    }

    private static Command Kind(ImportKind kind)
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"{kind.ToString().ToLowerInvariant()}.csv or .xlsx (first sheet)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and report; write nothing." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid rows; write the rejected ones to --rejects." };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Where to write rejected rows with a reason column (with --skip-invalid)." };
        var culture = new Option<string?>("--culture") { Description = "Number format: de-DE for 1.234,56 (default: detected from the file)." };
        var command = new Command(kind.ToString().ToLowerInvariant(), $"Import {kind.ToString().ToLowerInvariant()}.") { file, dryRun, skipInvalid, rejects, culture };
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
            NumberCulture? numberCulture = null;
            if (parse.GetValue(culture) is { } name)
            {
                numberCulture = NumberCultures.FromName(name) ?? throw new CliInputException($"--culture '{name}': use de-DE or en-US (invariant).");
            }
            var request = new ImportRequest(kind, path.FullName, path.Name)
            {
                DryRun = parse.GetValue(dryRun),
                SkipInvalid = parse.GetValue(skipInvalid),
                RejectsPath = parse.GetValue(rejects)?.FullName,
                Culture = numberCulture,
            };
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var importer = host.Services.GetRequiredService<ChannelImporter>();
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
            return report.HasErrors && !request.SkipInvalid ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

}
