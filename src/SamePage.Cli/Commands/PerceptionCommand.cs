using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Perception;
using SamePage.Data.Perception;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage perception`: perceived value, NPS and the perception gap of a solution and segment.</summary>
public static class PerceptionCommand
{
    public static Command Create()
    {
        var solution = new Option<string>("--solution") { Description = "Solution name or id.", Required = true };
        var segment = new Option<string?>("--segment") { Description = "Segment (default: all respondents of the waves)." };
        var wave = new Option<int[]>("--wave") { Description = "Wave id (repeatable; default: the latest open or closed wave)." };
        var blindSpot = new Option<double>("--blind-spot-below") { Description = "Relative gap below which an input is a blind spot.", DefaultValueFactory = _ => -0.20 };
        var overPromise = new Option<double>("--over-promise-above") { Description = "Relative gap above which an input is an over-promise.", DefaultValueFactory = _ => 0.20 };
        var format = CliOptions.Format();
        var command = new Command("perception", "Survey results: answers per question, NPS, perceived vs planned and factual npv, perception gap per input.")
        {
            solution, segment, wave, blindSpot, overPromise, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(format) == "json";
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), quiet: json);
            var results = host.Services.GetRequiredService<PerceptionResults>();
            var thresholds = new PerceptionGapThresholds(parse.GetValue(blindSpot), parse.GetValue(overPromise));
            if (thresholds.BlindSpotBelow > 0 || thresholds.OverPromiseAbove < 0)
            {
                throw new CliInputException("--blind-spot-below must be at most 0 and --over-promise-above at least 0.");
            }

            var view = await results.ComputeAsync(parse.GetValue(solution)!, parse.GetValue(segment), parse.GetValue(wave), thresholds, cancellationToken)
                ?? throw new CliInputException($"No value model for solution '{parse.GetValue(solution)}'.");
            if (json)
            {
                Console.WriteLine(view.Report.ToJson());
                return ExitCodes.Ok;
            }

            Print(view);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(PerceptionView view)
    {
        var report = view.Report;
        AnsiConsole.MarkupLineInterpolated($"[bold]{view.Solution}[/] {view.Segment} — waves: {string.Join(", ", view.Waves.Select(w => $"{w.Id} {w.Name} ({w.Status.ToString().ToLowerInvariant()})").DefaultIfEmpty("none"))}");
        AnsiConsole.MarkupLineInterpolated($"respondents: {report.Respondents}");
        if (view.Hidden)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]fewer than {view.AnonymityThreshold} respondents: aggregates are withheld[/]");
            return;
        }

        var npv = new Table().Title("Partner business value (npv)").AddColumns("planned", "factual (median)", "perceived (median)");
        npv.AddRow(Money(report.Npv.Planned, view.Currency), Money(report.Npv.FactualMedian, view.Currency), Money(report.Npv.PerceivedMedian, view.Currency));
        AnsiConsole.Write(npv);
        if (report.Nps is { } nps)
        {
            AnsiConsole.MarkupLineInterpolated($"NPS: {Num(nps.Score, "0.0")} (95 % interval {Num(nps.CiLow, "0.0")} to {Num(nps.CiHigh, "0.0")}, n = {nps.N})");
        }

        var questions = new Table().Title("Answers per question").AddColumns("id", "kind", "n", "mean", "sd", "95 % interval");
        foreach (var q in report.Questions)
        {
            questions.AddRow(Markup.Escape(q.Id), q.Kind.ToString(), q.N.ToString(CultureInfo.InvariantCulture), Num(q.Mean, "0.###"), Num(q.Sd, "0.###"),
                q.CiLow is null ? "–" : $"{Num(q.CiLow, "0.###")} … {Num(q.CiHigh, "0.###")}");
        }

        AnsiConsole.Write(questions);
        var gaps = new Table().Title("Perception gap per input").AddColumns("input", "perceived median", "observed median", "relative gap", "classification");
        foreach (var gap in report.Gaps)
        {
            var color = gap.Classification switch { GapClassification.BlindSpot => "blue", GapClassification.OverPromise => "red", _ => "green" };
            gaps.AddRow(Markup.Escape(gap.Input), Num(gap.PerceivedMedian, "0.####"), Num(gap.ObservedMedian, "0.####"),
                gap.RelativeGap is { } g ? g.ToString("+0.0%;-0.0%;0%", CultureInfo.InvariantCulture) : "–", $"[{color}]{gap.Classification}[/]");
        }

        AnsiConsole.Write(gaps);
        if (view.TalkingPoints.Count > 0)
        {
            AnsiConsole.MarkupLine("[bold]What to tell partners next[/] (blind spots by the npv they hide):");
            foreach (var point in view.TalkingPoints)
            {
                var drivers = point.Drivers.Count == 0 ? "" : $" — {string.Join(", ", point.Drivers.Select(d => d.For("en")))}";
                AnsiConsole.MarkupLineInterpolated($"  {point.Label.For("en")}{drivers}: {Money(point.HiddenNpv, view.Currency)} hidden");
            }
        }
    }

    private static string Num(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    private static string Money(double? value, string currency) => value is null ? "–" : $"{value.Value.ToString("N0", CultureInfo.InvariantCulture)} {currency}";
}
