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
    }

    public static async Task<ExportTable> PartnersTableAsync(SamePageDbContext db, PartnerFilter filter)
    {
        var partners = await PartnerDirectory.Query(db, filter).OrderBy(p => p.Name).ToListAsync();
        return new ExportTable("partners",
            ["externalId", "name", "type", "tier", "country", "region", "segment", "informationNeeds"],
            partners.Select(p => new object?[] { p.ExternalId, p.Name, p.Type.ToString().ToLowerInvariant(), p.Tier, p.Country, p.Region, p.Segment, string.Join("|", p.InformationNeeds) }));
    }
}
