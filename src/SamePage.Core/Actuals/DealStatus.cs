namespace SamePage.Core.Actuals;

/// <summary>Whether a deal was won or lost (deals.csv column "status").</summary>
public enum DealStatus
{
    Won,
    Lost,
}
