using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage participant add|list`: who contributes, the account behind them and the value drivers they own.</summary>
public static class ParticipantCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "A person or a department, e.g. \"Product management\".", Required = true };
        var kind = new Option<ParticipantKind>("--kind") { Description = "person or department.", DefaultValueFactory = _ => ParticipantKind.Department };
        var department = new Option<string?>("--department") { Description = "The department a person belongs to." };
        var user = new Option<string?>("--user") { Description = "E-mail of the vendor account that sees this participant's part under My contribution." };
        var owns = new Option<string[]>("--owns") { Description = "A value driver it owns, as SOLUTION:DRIVER (repeatable).", AllowMultipleArgumentsPerToken = true };
        var add = new Command("add", "Add a participant.") { name, kind, department, user, owns };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var drivers = (parse.GetValue(owns) ?? []).Select(o => o.Split(':', 2) is [var solution, var driver] ? new OwnedDriverInput(solution, driver)
                : throw new CliInputException($"--owns '{o}': write SOLUTION:DRIVER, e.g. \"Nordlicht Backup:serviceDelivery\".")).ToList();
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            try
            {
                var created = await host.Services.GetRequiredService<ParticipantService>().CreateAsync(
                    new ParticipantInput(parse.GetValue(name), parse.GetValue(kind), parse.GetValue(department), parse.GetValue(user), drivers), cancellationToken);
                Console.WriteLine($"Added participant {created.Id} '{created.Name}' owning {created.Drivers.Count} driver(s).");
            }
            catch (ParticipantValidationException e)
            {
                throw new CliInputException(string.Join(Environment.NewLine, e.Errors.SelectMany(x => x.Value.Select(m => $"--{OptionOf(x.Key)}: {m}"))));
            }
            return ExitCodes.Ok;
        });
        var list = new Command("list", "List the participants with their accounts and owned drivers.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var table = new Table().AddColumns("Id", "Name", "Kind", "Department", "Account", "Owned drivers");
            foreach (var p in await host.Services.GetRequiredService<ParticipantService>().ListAsync(cancellationToken))
            {
                table.AddRow(p.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Name), p.Kind.ToString(), Markup.Escape(p.Department ?? ""), Markup.Escape(p.UserEmail ?? ""),
                    Markup.Escape(string.Join(", ", p.Drivers.Select(d => $"{d.Solution}:{d.Driver}"))));
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return new Command("participant", "People and departments who raise the partner business value.") { add, list };
    }

    // The service names fields as the API does; say them as this command's options.
    private static string OptionOf(string field) => field switch
    {
        "drivers" => "owns",
        "userEmail" => "user",
        _ => field,
    };
}
