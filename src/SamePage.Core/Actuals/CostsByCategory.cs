namespace SamePage.Core.Actuals;

/// <summary>Partner costs by category; serializes as {certification:{amount,hours}, training:..., ...}.</summary>
public sealed record CostsByCategory(CostTotal Certification, CostTotal Training, CostTotal Presales, CostTotal Marketing, CostTotal Other)
{
    public static CostsByCategory Zero { get; } = new(CostTotal.Zero, CostTotal.Zero, CostTotal.Zero, CostTotal.Zero, CostTotal.Zero);

    /// <summary>Σ amount over every category: the realized value's partnerCosts.</summary>
    public decimal TotalAmount => Certification.Amount + Training.Amount + Presales.Amount + Marketing.Amount + Other.Amount;

    public decimal TotalHours => Certification.Hours + Training.Hours + Presales.Hours + Marketing.Hours + Other.Hours;

    public CostTotal this[CostCategory category] => category switch
    {
        CostCategory.Certification => Certification,
        CostCategory.Training => Training,
        CostCategory.Presales => Presales,
        CostCategory.Marketing => Marketing,
        _ => Other,
    };

    /// <summary>The costs with <paramref name="total"/> added to one category.</summary>
    public CostsByCategory Add(CostCategory category, CostTotal total) => category switch
    {
        CostCategory.Certification => this with { Certification = Certification + total },
        CostCategory.Training => this with { Training = Training + total },
        CostCategory.Presales => this with { Presales = Presales + total },
        CostCategory.Marketing => this with { Marketing = Marketing + total },
        _ => this with { Other = Other + total },
    };

    public static CostsByCategory operator +(CostsByCategory left, CostsByCategory right) => new(
        left.Certification + right.Certification,
        left.Training + right.Training,
        left.Presales + right.Presales,
        left.Marketing + right.Marketing,
        left.Other + right.Other);

    public static CostsByCategory operator -(CostsByCategory left, CostsByCategory right) => new(
        left.Certification - right.Certification,
        left.Training - right.Training,
        left.Presales - right.Presales,
        left.Marketing - right.Marketing,
        left.Other - right.Other);
}
