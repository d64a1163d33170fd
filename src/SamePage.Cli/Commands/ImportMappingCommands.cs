using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Core.Mapping;
using SamePage.Data.Imports;
using Spectre.Console;

namespace SamePage.Cli.Commands;

/// <summary>`samepage import suggest KIND FILE` and `samepage import mappings list|show|save`: column mappings on the command line.</summary>
public static class ImportMappingCommands
{
    /// <summary>The mapping an import names: a JSON file, a saved mapping's name, or a preset; null for none.</summary>
    public static async Task<ImportMappingDocument?> ResolveAsync(CliHost host, string? mapping, string? preset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (mapping is not null && preset is not null)
        {
            throw new CliInputException("Give --mapping or --preset, not both.");
        }
        if (preset is not null)
        {
            return MappingPresets.Get(preset);
        }
        if (mapping is null)
        {
            return null;
        }
        if (File.Exists(mapping))
        {
            return MappingJson.Read(await File.ReadAllTextAsync(mapping, cancellationToken));
        }
        if (mapping.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliInputException($"Mapping file not found: {Path.GetFullPath(mapping)}");
        }
        return await host.Services.GetRequiredService<ImportMappingStore>().GetAsync(mapping, cancellationToken);
    }

    public static Command Suggest()
    {
        var kind = new Argument<string>("KIND") { Description = $"What the file should become: {string.Join(", ", MappingTargets.Kinds)}." };
        var file = new Argument<FileInfo>("FILE") { Description = "The export as it is (CSV or .xlsx)." };
        var preset = new Option<string?>("--preset") { Description = "Start from this preset instead of the best-fitting one." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the mapping to this file instead of stdout." };
        var command = new Command("suggest", "Propose a column mapping for a file and print it as JSON (samepage import suggest deals report.csv > mapping.json); what it could not place goes to stderr.") { kind, file, preset, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliInputException($"File not found: {path.FullName}");
            }
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var result = await host.Services.GetRequiredService<MappingPreview>().RunAsync(parse.GetValue(kind)!, path.FullName, null, parse.GetValue(preset), cancellationToken);
            var suggestion = result.Suggestion;
            if (parse.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, MappingJson.Write(suggestion.Mapping) + "\n", cancellationToken);
            }
            else
            {
                Console.WriteLine(MappingJson.Write(suggestion.Mapping));
            }
            var error = Console.Error;
            error.WriteLine($"preset: {suggestion.Preset ?? "none fits; matched by column names"}; culture {suggestion.Culture}; dates {string.Join(", ", suggestion.DateFormats)}");
            if (suggestion.Missing.Count > 0)
            {
                error.WriteLine($"not mapped yet (required): {string.Join(", ", suggestion.Missing)}");
            }
            if (suggestion.Unplaced.Count > 0)
            {
                error.WriteLine($"source columns not used: {string.Join(", ", suggestion.Unplaced)}");
            }
            foreach (var values in suggestion.Enumerations)
            {
                error.WriteLine($"{values.Target} from {values.Column}: {string.Join(", ", values.Values.Select(v => $"'{v.Value}' ({v.Count}) → {v.Proposed ?? "?"}"))}");
            }
            var issues = result.Rows.Sum(r => r.Issues.Count);
            error.WriteLine($"preview of the first {result.Rows.Count} rows: {issues} issues, {result.Skipped} skipped" + (result.Problems.Count > 0 ? $"; to fix first: {string.Join("; ", result.Problems)}" : ""));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Mappings()
    {
        var list = new Command("list", "List the saved mappings (latest version) and the built-in presets.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var table = new Table().AddColumns("Name", "Kind", "Version", "Source", "Saved");
            foreach (var m in await host.Services.GetRequiredService<ImportMappingStore>().ListAsync(cancellationToken))
            {
                table.AddRow(Markup.Escape(m.Name), m.Kind, m.Version.ToString(CultureInfo.InvariantCulture), m.BuiltIn ? "preset" : "saved",
                    m.SavedAt is { } at ? Markup.Escape($"{at:yyyy-MM-dd HH:mm} {m.SavedBy}") : "");
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });

        var name = new Argument<string>("NAME") { Description = "A saved mapping (name, name@version or id) or a preset." };
        var show = new Command("show", "Print a mapping as samepage.mapping/1 JSON.") { name };
        show.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            Console.WriteLine(MappingJson.Write(await host.Services.GetRequiredService<ImportMappingStore>().GetAsync(parse.GetValue(name)!, cancellationToken)));
            return ExitCodes.Ok;
        });

        var file = new Argument<FileInfo>("FILE") { Description = "A samepage.mapping/1 JSON file." };
        var saveName = new Option<string?>("--name") { Description = "Save under this name (default: the name in the file)." };
        var save = new Command("save", "Check a mapping and save it as a new version (an unchanged mapping adds no version).") { file, saveName };
        save.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliInputException($"File not found: {path.FullName}");
            }
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var document = MappingJson.Read(await File.ReadAllTextAsync(path.FullName, cancellationToken));
            var (saved, version, added) = await host.Services.GetRequiredService<ImportMappingStore>().SaveAsync(document, parse.GetValue(saveName), cancellationToken);
            Console.WriteLine(added ? $"Saved {saved} version {version}." : $"{saved} version {version} is already this mapping; nothing saved.");
            return ExitCodes.Ok;
        });
        return new Command("mappings", "Saved column mappings and built-in presets.") { list, show, save };
    }
}
