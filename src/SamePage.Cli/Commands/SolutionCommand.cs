using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage solution add|list`: the vendor's solutions, the first step of a new installation.</summary>
public static class SolutionCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The solution's name, as deals.csv and value models refer to it.", Required = true };
        var description = new Option<string?>("--description") { Description = "One sentence about what partners do with it." };
        var margin = new Option<decimal>("--services-margin") { Description = "Gross margin partners earn on services around it (0..1).", DefaultValueFactory = _ => 0.45m };
        var currency = new Option<string>("--currency") { Description = "ISO code of the currency its deals are in; a mapped import converts others only at a fixed rate.", DefaultValueFactory = _ => "EUR" };
        var add = new Command("add", "Add a solution.") { name, description, margin, currency };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var value = parse.GetValue(name)!.Trim();
            if (value.Length is 0 or > Core.FieldLimits.Name)
            {
                throw new CliInputException("--name: 1 to 200 characters.");
            }
            if (parse.GetValue(margin) is < 0 or > 1)
            {
                throw new CliInputException("--services-margin: a fraction between 0 and 1, e.g. 0.45.");
            }
            var code = parse.GetValue(currency)!.Trim().ToUpperInvariant();
            if (code.Length != 3 || !Core.Mapping.AmountParser.IsCurrencyCode(code))
            {
                throw new CliInputException($"--currency: '{code}' is not an ISO 4217 code such as EUR or USD.");
            }
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            if (await host.Db.Solutions.AnyAsync(s => s.Name == value, cancellationToken))
            {
                throw new CliInputException($"A solution named '{value}' exists.");
            }
            host.Db.Solutions.Add(new Solution { Name = value, Description = parse.GetValue(description), ServicesGrossMargin = parse.GetValue(margin), Currency = code });
            await host.Db.SaveChangesAsync(cancellationToken);
            Console.WriteLine($"Added solution '{value}'.");
            return ExitCodes.Ok;
        });
        var list = new Command("list", "List the solutions.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var table = new Table().AddColumns("Id", "Name", "Services margin", "Description");
            foreach (var s in await host.Db.Solutions.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken))
            {
                table.AddRow(s.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Name), s.ServicesGrossMargin.ToString("P0", CultureInfo.InvariantCulture), Markup.Escape(s.Description ?? ""));
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return new Command("solution", "The vendor's solutions.") { add, list };
    }
}
