using SamePage.Core.Actuals;

namespace SamePage.Data.Entities;

public sealed class PartnerCost
{
    public long Id { get; set; }
    public required string ExternalId { get; set; }
    public int PartnerId { get; set; }
    public int SolutionId { get; set; }
    public DateOnly Date { get; set; }
    public CostCategory Category { get; set; }
    public decimal Amount { get; set; }
    public decimal? Hours { get; set; }
}
