namespace SamePage.Core.Actuals;

/// <summary>The kind of deal (deals.csv column "type").</summary>
public enum DealType
{
    New,
    Upsell,
    Renewal,
    Recurring,
}
