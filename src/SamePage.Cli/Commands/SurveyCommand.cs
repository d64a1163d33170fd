using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Actuals;
using SamePage.Core.Perception;
using SamePage.Data.Perception;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage survey create|list|open|close|import`: survey waves generated from value models.</summary>
public static class SurveyCommand
{
    public static Command Create()
    {
        return new Command("survey", "Survey waves generated from a value model: create, open, close, import responses.")
        {
            CreateWave(), List(), Transition("open"), Transition("close"), Import(),
        };
    }

    private static Option<int> WaveOption() => new("--wave") { Description = "The wave id (see `samepage survey list`).", Required = true };

    private static Command CreateWave()
    {
        var solution = new Option<string>("--solution") { Description = "Solution name or id.", Required = true };
        var segment = new Option<string?>("--segment") { Description = "Segment (default: the value model's)." };
        var name = new Option<string>("--name") { Description = "Name of the wave.", Required = true };
        var opens = new Option<string>("--opens") { Description = "Opening date, YYYY-MM-DD.", Required = true };
        var closes = new Option<string>("--closes") { Description = "Closing date, YYYY-MM-DD.", Required = true };
        var command = new Command("create", "Draft a wave with questions generated from the solution's value model.") { solution, segment, name, opens, closes };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var service = host.Services.GetRequiredService<SurveyService>();
            var wave = await service.CreateWaveAsync(parse.GetValue(solution)!, parse.GetValue(segment), parse.GetValue(name)!,
                Date(parse.GetValue(opens)!, "--opens"), Date(parse.GetValue(closes)!, "--closes"), cancellationToken);
            var questions = SurveyJson.ReadQuestions(wave.QuestionsJson);
            AnsiConsole.MarkupLineInterpolated($"[green]created[/] wave {wave.Id} '{wave.Name}' (draft) with {questions.Count} questions for {string.Join(", ", wave.Segments.DefaultIfEmpty("all segments"))}");
            var table = new Table().AddColumns("#", "id", "kind", "question");
            foreach (var (question, index) in questions.Select((q, i) => (q, i + 1)))
            {
                table.AddRow(index.ToString(CultureInfo.InvariantCulture), Markup.Escape(question.Id), question.Kind.ToString(), Markup.Escape(question.Text.For("en") ?? ""));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"Edit the questions in the web UI (/surveys/{wave.Id}), then: samepage survey open --wave {wave.Id}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var format = CliOptions.Format();
        var command = new Command("list", "List the survey waves.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), quiet: parse.GetValue(format) == "json");
            var waves = await host.Services.GetRequiredService<SurveyService>().ListWavesAsync(cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                CliJson.Write(waves.Select(PerceptionResults.Summary));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("id", "name", "solution", "segments", "status", "opens", "closes");
            foreach (var wave in waves)
            {
                table.AddRow(wave.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(wave.Name), Markup.Escape(wave.Solution?.Name ?? ""),
                    Markup.Escape(string.Join(", ", wave.Segments)), wave.Status.ToString().ToLowerInvariant(),
                    wave.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), wave.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Transition(string verb)
    {
        var wave = WaveOption();
        var command = new Command(verb, verb == "open" ? "Open a draft wave for answers (its questions are then fixed)." : "Close an open wave; answers can no longer change.") { wave };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var service = host.Services.GetRequiredService<SurveyService>();
            var result = verb == "open"
                ? await service.OpenAsync(parse.GetValue(wave), cancellationToken)
                : await service.CloseAsync(parse.GetValue(wave), cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"wave {result.Id} '{result.Name}' is now [green]{result.Status.ToString().ToLowerInvariant()}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import()
    {
        var wave = WaveOption();
        var file = new Argument<FileInfo>("FILE") { Description = "CSV or .xlsx: externalId, partnerId, then one column per question id." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate only; write nothing." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid rows and leave the invalid ones (see --rejects)." };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "With --skip-invalid: write the rejected rows and reasons to this CSV." };
        var culture = new Option<string?>("--culture") { Description = "Number format of the file, e.g. de-DE or en-US (default: detected)." };
        var command = new Command("import", "Import survey responses from an external tool: validated first, all-or-nothing, idempotent by externalId.")
        {
            wave, file, dryRun, skipInvalid, rejects, culture,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliInputException($"No file {path.FullName}.");
            }

            if (parse.GetValue(rejects) is not null && !parse.GetValue(skipInvalid))
            {
                throw new CliInputException("--rejects needs --skip-invalid.");
            }

            var options = new SurveyImportOptions
            {
                DryRun = parse.GetValue(dryRun),
                SkipInvalid = parse.GetValue(skipInvalid),
                Culture = NumberCultures.FromName(parse.GetValue(culture)),
                Rejects = parse.GetValue(rejects) is { } r ? File.Create(r.FullName) : null,
            };
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var service = host.Services.GetRequiredService<SurveyService>();
            SurveyImportResult result = null!;
            await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("validating responses").IsIndeterminate();
                    var progress = new Progress<long>(n => task.Description = $"validating responses ({n:N0} valid)");
                    result = await service.ImportAsync(parse.GetValue(wave), TabularReader.Open(path.FullName), path.Name, options, progress, cancellationToken);
                    task.StopTask();
                });
            Console.Write(result.Report.ToText());
            if (result.Applied)
            {
                AnsiConsole.MarkupLineInterpolated($"[green]imported[/]: {result.Inserted} new, {result.Updated} updated, {result.Unchanged} unchanged, {result.Rejected} rejected");
                return ExitCodes.Ok;
            }

            if (result.Report.HasErrors && !options.SkipInvalid)
            {
                AnsiConsole.MarkupLine("[red]nothing imported[/]: fix the rows above, or use --skip-invalid --rejects R.csv");
                return ExitCodes.BadInput;
            }

            AnsiConsole.MarkupLineInterpolated($"dry run: would import {result.Inserted} new, {result.Updated} updated, {result.Unchanged} unchanged, {result.Rejected} rejected");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly Date(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliInputException($"{option} must be a date YYYY-MM-DD (got '{text}').");
}
