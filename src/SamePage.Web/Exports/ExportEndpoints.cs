using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Queries;

using SamePage.Web.Auth;

namespace SamePage.Web.Exports;

/// <summary>Table exports with the page's filters applied (every query-string value is a filter); partner isolation comes from the context.</summary>
public static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app) =>
        app.MapGroup("/exports").ExcludeFromDescription().MapGet("/{table}.{format}", ExportAsync).OpenToPartners();

    public static void MapExportsApi(this RouteGroupBuilder api) =>
        api.MapGet("/exports/{table}.{format}", ExportAsync).WithTags("Exports").OpenToPartners()
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static async Task<IResult> ExportAsync(string table, string format, HttpContext context, CancellationToken cancellationToken)
    {
        if (ExportTables.Find(context.RequestServices, table) is not { } definition)
        {
            return Results.NotFound();
        }
        var filters = new ExportFilters(context.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        try
        {
            return TableExport.ToResult(await definition.Build(context.RequestServices, filters, cancellationToken), format);
        }
        catch (UnauthorizedAccessException)
        {
            return Results.Forbid();
        }
        catch (ArgumentException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    public static ExportTable ActualsTable(SamePage.Data.Actuals.ActualsReport report) => new("actuals",
        ["partnerId", "name", "months", "realizedProfit", "productMarginIncome", "servicesRevenue", "partnerCosts", "factualNpv", .. SamePage.Core.Actuals.ChannelMetrics.Names.Take(9)],
        report.Partners.Select(p => (object?[])
        [
            p.PartnerId, p.Name, p.Months, p.RealizedProfit, p.ProductMarginIncome, p.ServicesRevenue, p.PartnerCosts, p.FactualNpv,
            .. SamePage.Core.Actuals.ChannelMetrics.Names.Take(9).Select(n => p.Metrics.TryGet(n, out var value) ? (object?)value : null),
        ]));

    public static async Task<ExportTable> PartnersTableAsync(SamePageDbContext db, PartnerFilter filter)
    {
        var partners = await PartnerDirectory.Query(db, filter).OrderBy(p => p.Name).ToListAsync();
        return new ExportTable("partners",
            ["externalId", "name", "type", "tier", "country", "region", "segment", "informationNeeds"],
            partners.Select(p => new object?[] { p.ExternalId, p.Name, p.Type.ToString().ToLowerInvariant(), p.Tier, p.Country, p.Region, p.Segment, string.Join("|", p.InformationNeeds) }));
    }
}
