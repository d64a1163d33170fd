using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Talk;
using SamePage.Data.Talk;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage talk train` (a model file from corpora) and `talk retrain` (the database's model with the vendor's corrections).</summary>
internal static class TalkTrainCommands
{
    public static Command Train(TextWriter? output)
    {
        var corpora = new Argument<FileInfo[]>("CORPUS") { Description = "Labelled TSV files (see `talk evaluate`). Held-out sentences are evaluated, never trained on.", Arity = ArgumentArity.OneOrMore };
        var file = new Option<FileInfo>("--out") { Description = "Model file to write (src/SamePage.Core/Talk/Model/talk-classifier.bin is the shipped one).", Required = true };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation (sparser model).", DefaultValueFactory = _ => new TalkTrainingOptions().L1 };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation (smaller weights).", DefaultValueFactory = _ => new TalkTrainingOptions().L2 };
        var command = new Command("train", "Train the talk classifier on labelled corpora, calibrate its probabilities and report its held-out figures.")
        {
            corpora, file, l1, l2,
        };
        command.SetAction(parse =>
        {
            var examples = ReadCorpora(parse.GetValue(corpora)!, "all");
            var train = examples.Where(e => !e.IsHeldOut).ToList();
            var heldOut = examples.Where(e => e.IsHeldOut).ToList();
            if (train.Count == 0)
            {
                throw new CliInputException("The corpora have no training sentences (all are held out).");
            }
            var options = new TalkTrainingOptions { L1 = parse.GetValue(l1), L2 = parse.GetValue(l2) };
            if (!float.IsFinite(options.L1) || !float.IsFinite(options.L2) || options.L1 < 0 || options.L2 < 0)
            {
                throw new CliInputException("--l1 and --l2 must be numbers ≥ 0.");
            }
            var watch = Stopwatch.StartNew();
            TalkClassifier model;
            try
            {
                model = WithProgress(output, $"Training on {train.Count:N0} sentences", options.CalibrationFolds + 1, progress => TalkClassifierTrainer.Train(train, null, options, progress));
            }
            catch (ArgumentException e)
            {
                throw new CliInputException(e.Message);
            }
            var writer = output ?? Console.Out;
            if (heldOut.Count > 0)
            {
                var report = TalkEvaluation.Evaluate(heldOut, new TalkAnalyzer(null, model));
                model = model.WithHeldOut(report.Accuracy, report.BinaryAccuracy, heldOut.Count);
                writer.WriteLine($"Held-out part ({heldOut.Count:N0} sentences, never trained on):");
                writer.Write(report.ToText());
            }
            var path = parse.GetValue(file)!.FullName;
            using (var stream = File.Create(path))
            {
                model.Save(stream);
            }
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {path} ({new FileInfo(path).Length / 1024.0:0} KB): {train.Count:N0} training sentences, temperature {model.Temperature:0.000}, corpus {model.Info.CorpusFingerprint}, {watch.Elapsed.TotalSeconds:0.0} s."));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Retrain(TextWriter? output)
    {
        var command = new Command("retrain", "Retrain the database's talk classifier on the project corpus plus every stored correction; prints held-out accuracy before and after. All nodes use the new model at once.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var talk = host.Services.GetRequiredService<TalkService>();
            var result = await WithProgressAsync(output, "Retraining with the corrections", () => talk.RetrainAsync(Environment.UserName, cancellationToken: cancellationToken));
            var writer = output ?? Console.Out;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Model version {result.VersionId}: {result.Corrections} corrections. Held-out accuracy ({result.HeldOutSentences} sentences) {result.AccuracyBefore:0.000} → {result.AccuracyAfter:0.000}, business vs product {result.BinaryBefore:0.000} → {result.BinaryAfter:0.000}; corrections the model itself labels as corrected {result.CorrectionsAgreedBefore} → {result.CorrectionsAgreedAfter}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static IReadOnlyList<TalkExample> ReadCorpora(FileInfo[] files, string split)
    {
        var examples = new List<TalkExample>();
        foreach (var file in files)
        {
            try
            {
                examples.AddRange(TalkEvaluation.ReadCorpus(file.FullName));
            }
            catch (TalkInputException e)
            {
                throw new CliInputException($"{file.Name}: {e.Message}");
            }
        }
        var chosen = split == "all" ? examples : [.. examples.Where(e => e.Split == split)];
        return chosen.Count > 0 ? chosen : throw new CliInputException($"No labelled sentences{(split == "all" ? "" : $" in the {split} part")}.");
    }

    public static TalkClassifier LoadModel(FileInfo? file)
    {
        try
        {
            return file is null ? TalkClassifier.Shipped : TalkClassifier.Load(file.FullName);
        }
        catch (TalkInputException e)
        {
            throw new CliInputException($"{file?.Name}: {e.Message}");
        }
    }

    public static object Json(TalkEvaluationReport report) => new
    {
        report.Count,
        report.Accuracy,
        report.BinaryAccuracy,
        report.BinaryCount,
        labels = report.Labels.Select(l => new { label = TalkLabels.Name(l.Label), l.Precision, l.Recall, l.F1, l.Support }),
        confusion = new { order = TalkLabels.All.Select(TalkLabels.Name), rows = report.Confusion },
        byLanguage = report.ByLanguage?.ToDictionary(p => p.Key, p => new { p.Value.Count, p.Value.Accuracy, p.Value.BinaryAccuracy, f1 = p.Value.Labels.ToDictionary(l => TalkLabels.Name(l.Label), l => l.F1) }),
        reliability = report.Reliability,
        report.Unsure,
        report.SureAccuracy,
    };

    /// <summary>A progress bar when a person watches; plain silence when output is captured or redirected.</summary>
    private static T WithProgress<T>(TextWriter? output, string title, int steps, Func<IProgress<string>, T> work)
    {
        if (output is not null || Console.IsOutputRedirected)
        {
            return work(new SyncProgress<string>(_ => { }));
        }
        T result = default!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(title, maxValue: steps);
                result = work(new SyncProgress<string>(step =>
                {
                    task.Description = step;
                    task.Increment(1);
                }));
                task.Value = steps;
            });
        return result;
    }

    private static async Task<T> WithProgressAsync<T>(TextWriter? output, string title, Func<Task<T>> work)
    {
        if (output is not null || Console.IsOutputRedirected)
        {
            return await work();
        }
        T result = default!;
        await AnsiConsole.Status().StartAsync(title, async _ => result = await work());
        return result;
    }
}
