namespace SamePage.Core.Actuals;

/// <summary>What a partner spent money or time on (costs.csv column "category").</summary>
public enum CostCategory
{
    Certification,
    Training,
    Presales,
    Marketing,
    Other,
}
