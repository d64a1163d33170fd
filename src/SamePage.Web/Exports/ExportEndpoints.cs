using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Queries;
using SamePage.Web.Api;

namespace SamePage.Web.Exports;

/// <summary>Table exports with the page's filters applied; partner isolation comes from the context.</summary>
public static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports").RequireAuthorization().ExcludeFromDescription();
        exports.MapGet("/partners.{format}", async (string format, SamePageDbContext db, string? q, string? type, string? tier, string? country, string? segment) =>
            EnumText.TryParse<PartnerType>(type, out var partnerType)
                ? TableExport.ToResult(await PartnersTableAsync(db, new PartnerFilter(q, partnerType, tier, country, segment)), format)
                : Results.Problem($"Unknown partner type '{type}'.", statusCode: StatusCodes.Status400BadRequest));
        exports.MapGet("/actuals.{format}", async (string format, string solution, string? segment, string? from, string? to, SamePage.Data.Actuals.ActualsService actuals, CancellationToken ct) =>
        {
            var query = new SamePage.Data.Actuals.ActualsQuery(solution)
            {
                Segment = string.IsNullOrEmpty(segment) ? null : segment,
                From = SamePage.Core.Actuals.YearMonth.TryParse(from, out var f) ? f : null,
                To = SamePage.Core.Actuals.YearMonth.TryParse(to, out var t) ? t : null,
            };
            return TableExport.ToResult(ActualsTable(await actuals.ComputeAsync(query, ct)), format);
        });
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
