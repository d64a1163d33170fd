using SamePage.Core.Actuals;
using SamePage.Data;
using SamePage.Data.Actuals;
using SamePage.Data.Queries;
using SamePage.Web.Api;

namespace SamePage.Web.Exports;

/// <summary>The filters of one export request by name (query-string names, the same from UI, API and CLI); empty values count as absent.</summary>
public sealed class ExportFilters(IReadOnlyDictionary<string, string?> values)
{
    public static ExportFilters None { get; } = new(new Dictionary<string, string?>());

    public string? this[string name] => values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The named filter; throws <see cref="ArgumentException"/> (bad input) when it is missing.</summary>
    public string Required(string name) => this[name] ?? throw new ArgumentException($"The {name} filter is required.");
}

/// <summary>Builds a table with the filters applied, from the request's (or CLI's) services; partner isolation comes from the context.</summary>
public delegate Task<ExportTable> ExportTableBuilder(IServiceProvider services, ExportFilters filters, CancellationToken cancellationToken);

/// <summary>An exportable table: its name in URLs and the CLI, the filters it reads, and its builder.</summary>
public sealed record ExportTableDefinition(string Name, IReadOnlyList<string> Filters, ExportTableBuilder Build);

/// <summary>
/// The registry of exportable tables. Adding a table is one line in a feature's service registration:
/// <c>services.AddExportTable("measures", ["solution", "status"], (sp, f, ct) => MeasuresExport.TableAsync(sp, f, ct));</c>
/// It is then served at /exports/measures.{csv,xlsx}, /api/v1/exports/measures.{csv,xlsx} and by `samepage export measures`.
/// </summary>
public static class ExportTables
{
    public static IServiceCollection AddExportTable(this IServiceCollection services, string name, IReadOnlyList<string> filters, ExportTableBuilder build) =>
        services.AddSingleton(new ExportTableDefinition(name, filters, build));

    public static IServiceCollection AddExportTables(this IServiceCollection services)
    {
        services.AddExportTable("partners", ["q", "type", "tier", "country", "segment"], async (sp, f, ct) =>
            EnumText.TryParse<SamePage.Data.Entities.PartnerType>(f["type"], out var type)
                ? await ExportEndpoints.PartnersTableAsync(sp.GetRequiredService<SamePageDbContext>(), new PartnerFilter(f["q"], type, f["tier"], f["country"], f["segment"]))
                : throw new ArgumentException($"Unknown partner type '{f["type"]}'."));
        services.AddExportTable("actuals", ["solution", "segment", "partner", "from", "to"], async (sp, f, ct) =>
            ExportEndpoints.ActualsTable(await sp.GetRequiredService<ActualsService>().ComputeAsync(new ActualsQuery(f.Required("solution"))
            {
                Segment = f["segment"],
                PartnerExternalId = f["partner"],
                From = Month(f["from"], "from"),
                To = Month(f["to"], "to"),
            }, ct)));
        return services;
    }

    /// <summary>The table by name (case-insensitive), or null.</summary>
    public static ExportTableDefinition? Find(IServiceProvider services, string name) =>
        services.GetServices<ExportTableDefinition>().LastOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private static YearMonth? Month(string? text, string name) =>
        text is null ? null : YearMonth.TryParse(text, out var month) ? month : throw new ArgumentException($"{name} '{text}': use YYYY-MM.");
}
