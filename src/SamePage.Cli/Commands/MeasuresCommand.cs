using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Planning;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage measures list|add|import|impact`: the register of measures and their impact through the value model.</summary>
public static class MeasuresCommand
{
    public static Command Create() =>
        new("measures", "The register of measures: list, add, import from CSV, and their impact on partner value.") { List(), Add(), Import(), Impact() };

    private static Command List()
    {
        var solution = new Option<string?>("--solution") { Description = "Only measures of this solution (name or id)." };
        var format = CliOptions.Format();
        var command = new Command("list", "List the measures with instrument, owner, status, dates and vendor cost.") { solution, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(format) == "json";
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), quiet: json);
            var measures = await host.Services.GetRequiredService<MeasureService>().ListAsync(parse.GetValue(solution), cancellationToken);
            if (json)
            {
                CliJson.Write(measures.Select(m => new
                {
                    m.Id, m.Name, m.Instrument, m.Owner, m.Solution, m.Segments, status = m.Status.ToString().ToLowerInvariant(),
                    m.StartDate, m.EndDate, m.CostOneOff, m.CostPerMonth, m.VendorCost, effects = m.Effects.Select(EffectSpec.Format), m.DependsOn, m.Excludes,
                }));
                return ExitCodes.Ok;
            }
            if (measures.Count == 0)
            {
                Console.WriteLine("No measures yet: add one with samepage measures add, or import a CSV with samepage measures import FILE.");
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Id", "Name", "Instrument", "Owner", "Solution", "Segments", "Status", "Start", "End", "Cost");
            foreach (var m in measures)
            {
                table.AddRow(m.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(m.Name), Markup.Escape(m.Instrument), Markup.Escape(m.Owner ?? "–"),
                    Markup.Escape(m.Solution), Markup.Escape(string.Join(", ", m.Segments)), m.Status.ToString().ToLowerInvariant(),
                    m.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    m.VendorCost.ToString("N0", CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = "Name of the measure.", Required = true };
        var description = new Option<string?>("--description") { Description = "What the measure does." };
        var instrument = new Option<string>("--instrument") { Description = "Instrument, e.g. \"Pricing / margin\", MDF, \"Enablement / training\".", Required = true };
        var owner = new Option<string?>("--owner") { Description = "The participant who owns it (name)." };
        var solution = new Option<string>("--solution") { Description = "Solution name or id.", Required = true };
        var segment = new Option<string[]>("--segment") { Description = "Segment the measure is meant for (repeatable; none = all).", AllowMultipleArgumentsPerToken = false };
        var costOneOff = new Option<decimal>("--cost-one-off") { Description = "One-off vendor cost." };
        var costPerMonth = new Option<decimal>("--cost-per-month") { Description = "Vendor cost per month." };
        var start = new Option<string>("--start") { Description = "Start date, YYYY-MM-DD.", Required = true };
        var end = new Option<string>("--end") { Description = "End date (inclusive), YYYY-MM-DD.", Required = true };
        var status = new Option<string>("--status") { Description = "idea, planned, running, done or dropped.", DefaultValueFactory = _ => "idea" };
        status.AcceptOnlyFromAmong("idea", "planned", "running", "done", "dropped");
        var effect = new Option<string[]>("--effect") { Description = "input:mode:low:likely:high:target, e.g. recurringMargin:absolute:0.01:0.02:0.03:factual (repeatable).", AllowMultipleArgumentsPerToken = false };
        var dependsOn = new Option<int[]>("--depends-on") { Description = "Id of a measure this one needs (repeatable)." };
        var excludes = new Option<int[]>("--excludes") { Description = "Id of a measure this one cannot go with (repeatable)." };
        var format = CliOptions.Format();
        var command = new Command("add", "Add a measure; exit 2 with the reasons when it is invalid.")
        {
            name, description, instrument, owner, solution, segment, costOneOff, costPerMonth, start, end, status, effect, dependsOn, excludes, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var effects = (parse.GetValue(effect) ?? []).Select(EffectSpec.Parse).ToList();
            var input = new MeasureInput
            {
                Name = parse.GetValue(name), Description = parse.GetValue(description), Instrument = parse.GetValue(instrument), Owner = parse.GetValue(owner),
                Solution = parse.GetValue(solution), Segments = parse.GetValue(segment) ?? [], CostOneOff = parse.GetValue(costOneOff), CostPerMonth = parse.GetValue(costPerMonth),
                StartDate = Date(parse.GetValue(start)!, "--start"), EndDate = Date(parse.GetValue(end)!, "--end"),
                Status = Enum.Parse<MeasureStatus>(parse.GetValue(status)!, true), EffectsJson = MeasureEffectsJson.Write(effects),
                DependsOn = parse.GetValue(dependsOn) ?? [], Excludes = parse.GetValue(excludes) ?? [],
            };
            var json = parse.GetValue(format) == "json";
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), quiet: json);
            try
            {
                var created = await host.Services.GetRequiredService<MeasureService>().CreateAsync(input, cancellationToken);
                if (json)
                {
                    CliJson.Write(new { created.Id, created.Name, created.VendorCost });
                }
                else
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Added measure {created.Id}: {created.Name} (vendor cost {created.VendorCost:N0})."));
                }
                return ExitCodes.Ok;
            }
            catch (MeasureValidationException e)
            {
                foreach (var error in e.Errors)
                {
                    foreach (var reason in error.Value)
                    {
                        AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {error.Key}: {reason}");
                    }
                }
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static Command Import() => ImportCommand.ForKind("measures", "import");

    private static Command Impact()
    {
        var solution = new Option<string>("--solution") { Description = "Solution name or id.", Required = true };
        var segment = new Option<string>("--segment") { Description = "Segment, e.g. MSP.", Required = true };
        var measure = new Option<int[]>("--measure") { Description = "Measure id (repeatable; none = the current plan: planned, running and done measures)." };
        var trials = new Option<int>("--trials") { Description = "Monte Carlo trials for the probability of the target.", DefaultValueFactory = _ => 2_000 };
        var format = CliOptions.Format();
        var command = new Command("impact", "Impact of measures applied together: Δ npv per partner and for the segment on the planned, factual and perceived cases.") { solution, segment, measure, trials, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(format) == "json";
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), quiet: json);
            var ids = parse.GetValue(measure) is { Length: > 0 } m ? m : null;
            var (context, impact) = await host.Services.GetRequiredService<PlanningService>().ImpactAsync(parse.GetValue(solution)!, parse.GetValue(segment)!, ids, parse.GetValue(trials), cancellationToken);
            if (json)
            {
                CliJson.Write(new { context.Solution, context.Segment, target = context.FactualTarget, perceivedTarget = context.PerceivedTarget, impact });
                return ExitCodes.Ok;
            }
            AnsiConsole.MarkupLineInterpolated($"[bold]{context.Solution}[/] {context.Segment} · {impact.MeasureKeys.Count} measure(s) · vendor cost {impact.VendorCost:N0} · {impact.PartnersInSegment} partners in the segment");
            var table = new Table().AddColumns("Case", "NPV before", "NPV after", "Δ per partner", "Δ segment", "Target", "P(target)");
            foreach (var c in new[] { impact.Planned, impact.Factual, impact.Perceived })
            {
                table.AddRow(c.Baseline.ToString().ToLowerInvariant(), N(c.NpvBefore), N(c.NpvAfter), N(c.DeltaNpvPerPartner), N(c.DeltaNpvSegment),
                    c.TargetNpv is { } t ? N(t) : "–", c.ProbabilityOfTarget?.ToString("P0", CultureInfo.InvariantCulture) ?? "–");
            }
            AnsiConsole.Write(table);
            Console.WriteLine(impact.PartnerValuePerCost is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"Partner value per euro of vendor cost: {v:0.00}")
                : "The measures cost the vendor nothing.");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static DateOnly Date(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new CliInputException($"{option} '{text}': use YYYY-MM-DD.");
}
