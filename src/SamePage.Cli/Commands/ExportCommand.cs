using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Web.Exports;

namespace SamePage.Cli.Commands;

/// <summary>`samepage export TABLE`: any registered table as CSV or XLSX, with the same builders and filters as the UI and API.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var table = new Argument<string>("table") { Description = "The table: partners, actuals, or any other registered export table." };
        var format = new Option<string>("--format") { Description = "csv or xlsx (default: from the --out extension, else csv)." };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var named = new[] { "solution", "segment", "partner", "from", "to", "q", "type", "tier", "country" }
            .Select(name => new Option<string?>("--" + name) { Description = $"The {name} filter (as in the UI's query string)." }).ToList();
        var filter = new Option<string[]>("--filter") { Description = "Any other filter as NAME=VALUE (repeatable).", AllowMultipleArgumentsPerToken = false };
        var command = new Command("export", "Export a table with filters to CSV or XLSX (the UI's and API's export, from the command line).") { table, format, output, filter };
        foreach (var option in named)
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(output)!;
            var chosen = parse.GetValue(format) ?? (file.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? "xlsx" : "csv");
            var filters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in parse.GetValue(filter) ?? [])
            {
                var parts = pair.Split('=', 2);
                if (parts.Length != 2 || parts[0].Trim().Length == 0)
                {
                    throw new CliInputException($"--filter '{pair}': use NAME=VALUE.");
                }
                filters[parts[0].Trim()] = parts[1];
            }
            foreach (var option in named)
            {
                if (parse.GetValue(option) is { } value)
                {
                    filters[option.Name.TrimStart('-')] = value;
                }
            }
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var name = parse.GetValue(table)!;
            var definition = ExportTables.Find(host.Services, name)
                ?? throw new CliInputException($"No export table '{name}'. Tables: {string.Join(", ", host.Services.GetServices<ExportTableDefinition>().Select(t => t.Name))}.");
            var unknown = filters.Keys.Where(k => !definition.Filters.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                throw new CliInputException($"The {definition.Name} table has no filter {string.Join(", ", unknown)}; its filters: {string.Join(", ", definition.Filters)}.");
            }
            var built = await definition.Build(host.Services, new ExportFilters(filters), cancellationToken);
            file.Directory?.Create();
            await using (var stream = File.Create(file.FullName))
            {
                if (chosen == "xlsx")
                {
                    await TableExport.WriteXlsxAsync(built, stream, cancellationToken);
                }
                else
                {
                    await TableExport.WriteCsvAsync(built, stream, cancellationToken);
                }
            }
            Console.WriteLine($"Wrote {file.FullName}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
