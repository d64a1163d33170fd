using SamePage.Core.Actuals;
using Entities = SamePage.Data.Entities;

namespace SamePage.Data.Imports;

/// <summary>
/// Import rows (Core) to entities (Data); both use the Core enums.
/// Amounts are rounded to the 4 decimals the columns keep, so every provider stores, and the rollups add, the same values.
/// </summary>
internal static class ImportMapping
{
    public static Entities.Deal ToDeal(DealRow row, int partnerId, int solutionId) => new()
    {
        ExternalId = row.ExternalId,
        PartnerId = partnerId,
        SolutionId = solutionId,
        Date = row.Date,
        Type = row.Type,
        CustomerId = row.CustomerId,
        ProductRevenue = Stored(row.ProductRevenue),
        PartnerMargin = Stored(row.PartnerMargin),
        ServicesRevenue = Stored(row.ServicesRevenue),
        Seats = row.Seats,
        Status = row.Status,
    };

    /// <summary>The value a decimal(18, 4) column keeps, rounded as PostgreSQL's numeric does.</summary>
    public static decimal Stored(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public static Entities.PartnerCost ToCost(CostRow row, int partnerId, int solutionId) => new()
    {
        ExternalId = row.ExternalId,
        PartnerId = partnerId,
        SolutionId = solutionId,
        Date = row.Date,
        Category = row.Category,
        Amount = Stored(row.Amount),
        Hours = row.Hours is { } hours ? Stored(hours) : null,
    };
}
