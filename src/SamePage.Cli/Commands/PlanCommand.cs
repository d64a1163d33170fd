using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Planning;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage plan`: the cheapest set of measures that reaches the target of a solution × segment within a budget.</summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var solution = new Option<string>("--solution") { Description = "Solution name or id.", Required = true };
        var segment = new Option<string>("--segment") { Description = "Segment, e.g. MSP.", Required = true };
        var budget = new Option<double?>("--budget") { Description = "Most the chosen measures may cost the vendor in total (default: no limit)." };
        var measure = new Option<int[]>("--measure") { Description = "Candidate measure id (repeatable; default: every measure of the segment that is not dropped)." };
        var format = CliOptions.Format();
        var command = new Command("plan", "Plan measures: the least vendor cost that reaches the target (or the closest within the budget), verified by the value model.") { solution, segment, budget, measure, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(budget) is < 0)
            {
                throw new CliInputException("--budget cannot be negative.");
            }
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), quiet: json);
            var outcome = await host.Services.GetRequiredService<PlanningService>().PlanAsync(
                new PlanQuery(parse.GetValue(solution)!, parse.GetValue(segment)!)
                {
                    Budget = parse.GetValue(budget),
                    CandidateIds = parse.GetValue(measure) is { Length: > 0 } ids ? ids : null,
                },
                cancellationToken);
            var plan = PlanSummary.From(outcome);
            if (json)
            {
                CliJson.Write(new
                {
                    measures = plan.Measures.Select(m => new { m.Name, m.Cost, m.DeltaNpv }),
                    plan.Cost,
                    plan.Npv,
                    plan.Target,
                    plan.ReachesTarget,
                    plan.Probability,
                });
                return ExitCodes.Ok;
            }
            var budgetText = plan.Budget is { } b ? MeasuresCommand.N(b) : "none";
            var targetText = (plan.Target is { } t ? MeasuresCommand.N(t) : "–") + " factual" + (plan.PerceivedTarget is { } pt ? $", {MeasuresCommand.N(pt)} perceived" : "");
            AnsiConsole.MarkupLineInterpolated($"[bold]{plan.Solution}[/] {plan.Segment} · budget {budgetText} · target npv per partner {targetText}");
            var table = new Table().AddColumns("Measure", "Owner", "Cost", "Δ factual npv alone");
            foreach (var m in plan.Measures)
            {
                table.AddRow(Markup.Escape(m.Name), Markup.Escape(m.Owner ?? "–"), MeasuresCommand.N(m.Cost), MeasuresCommand.N(m.DeltaNpv));
            }
            AnsiConsole.Write(table);
            var n = plan.Npv;
            Console.WriteLine($"Cost {MeasuresCommand.N(plan.Cost)} · npv per partner: planned {MeasuresCommand.N(n.BaselinePlanned)} → {MeasuresCommand.N(n.Planned)}, " +
                $"factual {MeasuresCommand.N(n.BaselineFactual)} → {MeasuresCommand.N(n.Factual)}, perceived {MeasuresCommand.N(n.BaselinePerceived)} → {MeasuresCommand.N(n.Perceived)}");
            Console.WriteLine(plan.ReachesTarget
                ? $"Reaches the target (probability {plan.Probability?.ToString("P0", CultureInfo.InvariantCulture) ?? "–"}); {plan.Method}."
                : $"Does not reach the target: shortfall {MeasuresCommand.N(plan.Shortfall)} per partner; {plan.Method}.");
            foreach (var note in plan.Notes)
            {
                Console.WriteLine(note);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
