using SamePage.Core.Actuals;
using Entities = SamePage.Data.Entities;

namespace SamePage.Data.Imports;

/// <summary>Import rows (Core) to entities (Data). The enums share names and order (a test checks it), so values cast directly.</summary>
internal static class ImportMapping
{
    public static Entities.PartnerType Map(PartnerType type) => (Entities.PartnerType)type;

    public static Entities.Deal ToDeal(DealRow row, int partnerId, int solutionId) => new()
    {
        ExternalId = row.ExternalId,
        PartnerId = partnerId,
        SolutionId = solutionId,
        Date = row.Date,
        Type = (Entities.DealType)row.Type,
        CustomerId = row.CustomerId,
        ProductRevenue = row.ProductRevenue,
        PartnerMargin = row.PartnerMargin,
        ServicesRevenue = row.ServicesRevenue,
        Seats = row.Seats,
        Status = (Entities.DealStatus)row.Status,
    };

    public static Entities.PartnerCost ToCost(CostRow row, int partnerId, int solutionId) => new()
    {
        ExternalId = row.ExternalId,
        PartnerId = partnerId,
        SolutionId = solutionId,
        Date = row.Date,
        Category = (Entities.CostCategory)row.Category,
        Amount = row.Amount,
        Hours = row.Hours,
    };
}
