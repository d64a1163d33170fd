using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Talk;
using SamePage.Data.Talk;

namespace SamePage.Cli.Commands;

/// <summary>`samepage talk check|evaluate|train|retrain`: the talk analyzer as a publishing gate, its evaluation on labelled corpora and its classifier's training.</summary>
public static class TalkCommand
{
    /// <param name="output">Where reports go (the console by default; tests pass a writer).</param>
    public static Command Create(TextWriter? output = null)
    {
        return new Command("talk", "Product talk vs business talk: check messages before they go out, evaluate the analyzer.")
        {
            Check(output), Evaluate(output), TalkTrainCommands.Train(output), TalkTrainCommands.Retrain(output),
        };
    }

    private static Command Check(TextWriter? output)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Messages: .txt .md .html .eml .docx .pdf (one or more).", Arity = ArgumentArity.OneOrMore };
        var solution = new Option<string?>("--solution") { Description = "Link to the solution's value model: its terms, feature mappings and driver figures." };
        var segment = new Option<string?>("--segment") { Description = "Segment of the value model; its partners' information needs give the congruence (with --solution)." };
        var minBusiness = new Option<double>("--min-business") { Description = "The gate: exit 1 when a message's business share is below this (0–1).", DefaultValueFactory = _ => TalkGate.DefaultMinBusinessShare };
        var perLine = new Option<bool>("--per-line") { Description = "Every non-empty line is a message of its own; output is an array with line numbers." };
        var format = CliOptions.Format();
        var command = new Command("check", "Label every sentence, score each message and gate on the business share (exit 1 below --min-business, 2 on bad input).")
        {
            files, solution, segment, minBusiness, perLine, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var min = parse.GetValue(minBusiness);
            if (double.IsNaN(min) || min is < 0 or > 1)
            {
                throw new CliInputException("--min-business must be between 0 and 1.");
            }
            var json = parse.GetValue(format) == "json";
            var setup = await SetupAsync(parse.GetValue(CliOptions.Database), parse.GetValue(solution), parse.GetValue(segment), json, cancellationToken);
            var analyses = new List<TalkAnalysis>();
            foreach (var file in parse.GetValue(files)!)
            {
                analyses.AddRange(Analyze(setup, file, parse.GetValue(perLine)));
            }
            var writer = output ?? Console.Out;
            if (json)
            {
                // One file: the object itself; several files or per-line mode: an array.
                await writer.WriteLineAsync(analyses.Count == 1 && !parse.GetValue(perLine) ? TalkJson.Serialize(analyses[0]) : TalkJson.Serialize(analyses));
            }
            else
            {
                var color = output is null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                foreach (var analysis in analyses)
                {
                    await writer.WriteAsync(TalkTextReport.Write(analysis, min, color));
                }
            }
            return analyses.All(a => TalkGate.Passes(a, min)) ? ExitCodes.Ok : ExitCodes.CheckFailed;
        });
        return command;
    }

    private static Command Evaluate(TextWriter? output)
    {
        var corpora = new Argument<FileInfo[]>("CORPUS") { Description = "Labelled TSV files: a header 'split label language kind style sentence', or 'label TAB language TAB sentence' lines.", Arity = ArgumentArity.OneOrMore };
        var split = new Option<string>("--split") { Description = "Which sentences: all, train or heldout (the part never trained on).", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("all", TalkCorpus.Train, TalkCorpus.HeldOut);
        var model = new Option<FileInfo?>("--model") { Description = "A model file written by `talk train` (default: the model shipped with SamePage)." };
        var rules = new Option<bool>("--rules") { Description = "Score the rules alone (the explanation layer) instead of the classifier." };
        var format = CliOptions.Format();
        var command = new Command("evaluate", "Precision, recall and F1 per label, the confusion matrix, business-vs-product accuracy per language and the reliability table of the confidences.")
        {
            corpora, split, model, rules, format,
        };
        command.SetAction(parse =>
        {
            var examples = TalkTrainCommands.ReadCorpora(parse.GetValue(corpora)!, parse.GetValue(split)!);
            var analyzer = parse.GetValue(rules) ? TalkAnalyzer.RulesOnly() : new TalkAnalyzer(null, TalkTrainCommands.LoadModel(parse.GetValue(model)));
            var report = TalkEvaluation.Evaluate(examples, analyzer);
            var writer = output ?? Console.Out;
            if (parse.GetValue(format) == "json")
            {
                writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(TalkTrainCommands.Json(report), CliJson.Options));
            }
            else
            {
                writer.Write(report.ToText());
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<TalkSetup> SetupAsync(string? database, string? solution, string? segment, bool quiet, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(solution))
        {
            if (!string.IsNullOrWhiteSpace(segment))
            {
                throw new CliInputException("--segment needs --solution.");
            }
            // No database: no corrections and the shipped model.
            return new TalkSetup(new TalkAnalyzer(), [], null, null, null);
        }
        await using var host = CliHost.Open(database, quiet: quiet);
        var talk = host.Services.GetRequiredService<TalkService>();
        var setup = await talk.SetupAsync(solution, segment, cancellationToken);
        var needs = string.IsNullOrWhiteSpace(segment) ? [] : await talk.SegmentNeedsAsync(segment.Trim(), cancellationToken);
        return setup with { Needs = needs };
    }

    private static IEnumerable<TalkAnalysis> Analyze(TalkSetup setup, FileInfo file, bool perLine)
    {
        try
        {
            if (perLine)
            {
                var text = File.ReadAllText(file.FullName);
                return setup.Analyzer.AnalyzeLines(text, setup.Options(setup.Needs, file.Name));
            }
            return [setup.Analyzer.Analyze(TalkDocumentReader.Read(file.FullName), setup.Options(setup.Needs, file.Name))];
        }
        catch (Exception e) when (e is TalkInputException or IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{file.Name}: {e.Message}");
        }
    }

    internal static string Invariant(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";
}
