using SamePage.Core.Actuals;
using Microsoft.EntityFrameworkCore;
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
            EnumText.TryParse<SamePage.Core.Actuals.PartnerType>(f["type"], out var type)
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
        services.AddExportTable("measures", ["solution", "status"], async (sp, f, ct) =>
        {
            VendorOnly(sp);
            var measures = await sp.GetRequiredService<SamePage.Data.Planning.MeasureService>().ListAsync(f["solution"], ct);
            return new ExportTable("measures", ["id", "name", "solution", "segments", "instrument", "owner", "status", "costOneOff", "costPerMonth", "start", "end", "effects"],
                measures.Where(m => f["status"] is not { } status || string.Equals(m.Status.ToString(), status, StringComparison.OrdinalIgnoreCase))
                    .Select(m => (object?[])[m.Id, m.Name, m.Solution, string.Join("|", m.Segments), m.Instrument, m.Owner, m.Status.ToString().ToLowerInvariant(),
                        m.CostOneOff, m.CostPerMonth, m.StartDate, m.EndDate, SamePage.Core.Planning.MeasureEffectsJson.Write(m.Effects)]));
        });
        services.AddExportTable("communications", ["solution"], async (sp, f, ct) =>
        {
            VendorOnly(sp);
            var db = sp.GetRequiredService<SamePageDbContext>();
            var rows = await db.Communications.AsNoTracking().Include(c => c.Solution)
                .Where(c => f["solution"] == null || c.Solution!.Name == f["solution"]).OrderBy(c => c.Date).ToListAsync(ct);
            return new ExportTable("communications", ["id", "date", "title", "solution", "channel", "language", "segments", "partnerTypes", "label", "businessShare"],
                rows.Select(c => (object?[])[c.Id, c.Date, c.Title, c.Solution?.Name, c.Channel, c.Language, string.Join("|", c.AudienceSegments),
                    string.Join("|", c.AudiencePartnerTypes), c.DominantLabel, c.BusinessShare]));
        });
        services.AddExportTable("survey-results", ["solution", "segment"], async (sp, f, ct) =>
        {
            VendorOnly(sp);
            var view = await sp.GetRequiredService<SamePage.Data.Perception.PerceptionResults>().ComputeAsync(f.Required("solution"), f["segment"], null, ct)
                ?? throw new ArgumentException($"No survey results for '{f["solution"]}'.");
            return new ExportTable("survey-results", ["question", "kind", "n", "mean", "sd", "ciLow", "ciHigh"],
                view.Report.Questions.Select(q => (object?[])[q.Id, q.Kind.ToString().ToLowerInvariant(), q.N, q.Mean, q.Sd, q.CiLow, q.CiHigh]));
        });
        return services;
    }

    /// <summary>Vendor tables: partner users get 403 (the endpoint maps this exception).</summary>
    private static void VendorOnly(IServiceProvider services)
    {
        if (services.GetRequiredService<IActorProvider>().Current.IsPartnerUser)
        {
            throw new UnauthorizedAccessException("Vendor data.");
        }
    }

    /// <summary>The table by name (case-insensitive), or null.</summary>
    public static ExportTableDefinition? Find(IServiceProvider services, string name) =>
        services.GetServices<ExportTableDefinition>().LastOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private static YearMonth? Month(string? text, string name) =>
        text is null ? null : YearMonth.TryParse(text, out var month) ? month : throw new ArgumentException($"{name} '{text}': use YYYY-MM.");
}
