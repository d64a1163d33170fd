using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Actuals;
using SamePage.Data.Actuals;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage actuals`: what partners actually earn with a solution, and the factual business case.</summary>
public static class ActualsCommand
{
    public static Command Create()
    {
        var solution = new Option<string>("--solution") { Description = "Solution name or id.", Required = true };
        var segment = new Option<string?>("--segment") { Description = "Only partners of this segment." };
        var partner = new Option<string?>("--partner") { Description = "Only this partner (external id)." };
        var from = new Option<string?>("--from") { Description = "First month, YYYY-MM (default: 11 months before --to)." };
        var to = new Option<string?>("--to") { Description = "Last month, YYYY-MM (default: the latest month with data)." };
        var format = CliOptions.Format();
        var command = new Command("actuals", "Factual partner value per partner: metrics, realized profit and the factual business case.") { solution, segment, partner, from, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var query = new ActualsQuery(parse.GetValue(solution)!)
            {
                Segment = parse.GetValue(segment),
                PartnerExternalId = parse.GetValue(partner),
                From = Month(parse.GetValue(from), "--from"),
                To = Month(parse.GetValue(to), "--to"),
            };
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), quiet: parse.GetValue(format) == "json");
            var report = await host.Services.GetRequiredService<ActualsService>().ComputeAsync(query, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                CliJson.Write(new { partners = report.Partners, summary = report.Summary });
                return ExitCodes.Ok;
            }
            if (report.Window is null)
            {
                Console.WriteLine($"No deals or costs for {report.Solution} yet: import them with samepage import deals FILE.");
                return ExitCodes.Ok;
            }
            var s = report.Summary;
            AnsiConsole.MarkupLineInterpolated($"[bold]{report.Solution}[/] {report.Segment} · {report.Window} ({report.Window.Months} months) · {s.Partners:N0} partners, {s.ProfitablePartners:N0} earn money");
            if (s.RealizedProfit is { } rp)
            {
                Console.WriteLine($"Realized profit per partner: P25 {rp.P25:N0} · median {rp.Median:N0} · P75 {rp.P75:N0}");
            }
            if (s.FactualNpv is { } fn)
            {
                Console.WriteLine($"Factual NPV per partner:     P25 {fn.P25:N0} · median {fn.Median:N0} · P75 {fn.P75:N0}" +
                    (report.TargetNpv is { } t ? $" (target {t:N0}, planned {report.PlannedNpv:N0})" : ""));
            }
            var inputs = new Table().Title("Planned vs observed (calibrated inputs)").AddColumns("Input", "Metric", "Planned", "Observed median", "Partners");
            foreach (var i in report.Inputs)
            {
                inputs.AddRow(i.Input, i.Metric, Num(i.Planned), i.ObservedMedian is { } m ? Num(m) : "–", i.Partners.ToString(CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(inputs);
            var table = new Table().AddColumns("Partner", "Name", "Realized profit", "Factual NPV", "Won deals");
            foreach (var p in report.Partners.OrderByDescending(p => p.RealizedProfit).Take(query.PartnerExternalId is null ? 15 : 1))
            {
                table.AddRow(p.PartnerId, Markup.Escape(p.Name), p.RealizedProfit.ToString("N0", CultureInfo.InvariantCulture),
                    p.FactualNpv?.ToString("N0", CultureInfo.InvariantCulture) ?? "–", report.WonDeals[p.PartnerId].ToString(CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Num(double value) => value.ToString(Math.Abs(value) < 10 ? "0.###" : "N0", CultureInfo.InvariantCulture);

    private static YearMonth? Month(string? text, string option) =>
        text is null ? null : YearMonth.TryParse(text, out var month) ? month : throw new CliInputException($"{option} '{text}': use YYYY-MM.");
}
