namespace SamePage.Core.Actuals;

/// <summary>
/// One valid row of deals.csv. Money is decimal (exact sums); PartnerMargin is a fraction 0..1.
/// ServicesRevenue and Seats are 0 when the column is empty or absent; PartnerMargin is 0 for an empty lost deal.
/// </summary>
public sealed record DealRow(
    string ExternalId,
    string PartnerId,
    string Solution,
    DateOnly Date,
    DealType Type,
    string CustomerId,
    decimal ProductRevenue,
    decimal PartnerMargin,
    decimal ServicesRevenue,
    int Seats,
    DealStatus Status)
{
    public YearMonth Month => YearMonth.FromDate(Date);

    public bool IsWon => Status == DealStatus.Won;

    public bool IsNewOrUpsell => Type is DealType.New or DealType.Upsell;
}
