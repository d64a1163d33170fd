using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;
using SamePage.Core.Actuals;

namespace SamePage.Data.Queries;

public sealed record PartnerFilter(string? Search = null, PartnerType? Type = null, string? Tier = null, string? Country = null, string? Segment = null);

/// <summary>Partner search used by the UI, the API and exports; isolation comes from the context's query filter.</summary>
public static class PartnerDirectory
{
    public static IQueryable<Partner> Query(SamePageDbContext db, PartnerFilter filter)
    {
        var query = db.Partners.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            var pattern = $"%{term.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            query = db.IsSqlite
                ? query.Where(p => EF.Functions.Like(p.Name, pattern) || EF.Functions.Like(p.ExternalId, pattern))
                : query.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.ExternalId, pattern));
        }
        if (filter.Type is { } type)
        {
            query = query.Where(p => p.Type == type);
        }
        if (!string.IsNullOrWhiteSpace(filter.Tier))
        {
            query = query.Where(p => p.Tier == filter.Tier);
        }
        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(p => p.Country == country);
        }
        if (!string.IsNullOrWhiteSpace(filter.Segment))
        {
            query = query.Where(p => p.Segment == filter.Segment);
        }
        return query;
    }

    public static async Task<Page<Partner>> SearchAsync(SamePageDbContext db, PartnerFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Query(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(page.Skip).Take(page.SafeSize).ToListAsync(cancellationToken);
        return new Page<Partner>(items, total);
    }

    public static async Task<IReadOnlyList<string>> TiersAsync(SamePageDbContext db, CancellationToken cancellationToken = default) =>
        await db.Partners.AsNoTracking().Select(p => p.Tier).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<string>> CountriesAsync(SamePageDbContext db, CancellationToken cancellationToken = default) =>
        await db.Partners.AsNoTracking().Select(p => p.Country).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
}
