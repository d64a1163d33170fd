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

    private static Command Import() => ImportCommand.ForKind("survey-responses", "import");

    private static DateOnly Date(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliInputException($"{option} must be a date YYYY-MM-DD (got '{text}').");
}
