namespace SamePage.Core.Actuals;

/// <summary>One valid row of costs.csv. Hours is null when the optional column is empty or absent.</summary>
public sealed record CostRow(
    string ExternalId,
    string PartnerId,
    string Solution,
    DateOnly Date,
    CostCategory Category,
    decimal Amount,
    decimal? Hours)
{
    public YearMonth Month => YearMonth.FromDate(Date);
}
