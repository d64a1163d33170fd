using SamePage.Core.Actuals;

namespace SamePage.Data.Entities;

public sealed class Deal
{
    public long Id { get; set; }
    public required string ExternalId { get; set; }
    public int PartnerId { get; set; }
    public int SolutionId { get; set; }
    public DateOnly Date { get; set; }
    public DealType Type { get; set; }
    public string CustomerId { get; set; } = "";
    public decimal ProductRevenue { get; set; }
    /// <summary>Fraction 0..1 of product revenue the partner keeps.</summary>
    public decimal PartnerMargin { get; set; }
    public decimal ServicesRevenue { get; set; }
    public int Seats { get; set; }
    public DealStatus Status { get; set; }
}
