using SamePage.Core.Actuals;
using Entities = SamePage.Data.Entities;

namespace SamePage.Data.Imports;

/// <summary>Import rows (Core) to entities (Data); the enums share names and order.</summary>
internal static class ImportMapping
{
    public static Entities.PartnerType Map(PartnerType type) => Enum.Parse<Entities.PartnerType>(type.ToString());

    public static Entities.Deal ToDeal(DealRow row, int partnerId, int solutionId) => new()
    {
        ExternalId = row.ExternalId,
        PartnerId = partnerId,
        SolutionId = solutionId,
        Date = row.Date,
        Type = Enum.Parse<Entities.DealType>(row.Type.ToString()),
        CustomerId = row.CustomerId,
        ProductRevenue = row.ProductRevenue,
        PartnerMargin = row.PartnerMargin,
        ServicesRevenue = row.ServicesRevenue,
        Seats = row.Seats,
        Status = Enum.Parse<Entities.DealStatus>(row.Status.ToString()),
    };

    public static Entities.PartnerCost ToCost(CostRow row, int partnerId, int solutionId) => new()
    {
        ExternalId = row.ExternalId,
        PartnerId = partnerId,
        SolutionId = solutionId,
        Date = row.Date,
        Category = Enum.Parse<Entities.CostCategory>(row.Category.ToString()),
        Amount = row.Amount,
        Hours = row.Hours,
    };
}
