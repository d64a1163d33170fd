namespace SamePage.Core.Values;

/// <summary>How much is known about the unit of an expression.</summary>
internal enum UnitKnowledge
{
    /// <summary>Exponents are known (dimensionless when all are 0).</summary>
    Known,

    /// <summary>A number literal: adapts to whatever it is combined with.</summary>
    Free,

    /// <summary>Nothing is known (an input without unit, or after a mismatch); never warns.</summary>
    Unknown,
}

/// <summary>
/// The inferred unit of an expression as exponents of the base units currency, hours and months.
/// count, ratio and percent are dimensionless, so are <c>month</c>, <c>active</c> and comparisons.
/// A product or quotient that involves currency drops hours and months (a currency input is often a rate).
/// </summary>
internal readonly record struct UnitDimension(UnitKnowledge Knowledge, int Currency, int Hours, int Months)
{
    public static readonly UnitDimension Free = new(UnitKnowledge.Free, 0, 0, 0);
    public static readonly UnitDimension Unknown = new(UnitKnowledge.Unknown, 0, 0, 0);
    public static readonly UnitDimension Dimensionless = new(UnitKnowledge.Known, 0, 0, 0);
    public static readonly UnitDimension CurrencyUnit = new(UnitKnowledge.Known, 1, 0, 0);

    public bool IsKnown => Knowledge == UnitKnowledge.Known;

    public bool IsDimensionless => IsKnown && Currency == 0 && Hours == 0 && Months == 0;

    public static UnitDimension FromInputUnit(string? unit) => unit switch
    {
        ModelUnits.Currency => CurrencyUnit,
        ModelUnits.Hours => new(UnitKnowledge.Known, 0, 1, 0),
        ModelUnits.Months => new(UnitKnowledge.Known, 0, 0, 1),
        ModelUnits.Count or ModelUnits.Percent or ModelUnits.Ratio => Dimensionless,
        _ => Unknown,
    };

    public UnitDimension Times(UnitDimension other, int sign)
    {
        if (Knowledge == UnitKnowledge.Unknown || other.Knowledge == UnitKnowledge.Unknown)
        {
            return Unknown;
        }

        if (other.Knowledge == UnitKnowledge.Free)
        {
            return this;
        }

        if (Knowledge == UnitKnowledge.Free)
        {
            return sign > 0 ? other : new(UnitKnowledge.Known, -other.Currency, -other.Hours, -other.Months);
        }

        var currency = Currency + (sign * other.Currency);

        // Inputs only say "currency", never "currency per hour": a money value combined with a time is
        // read as a rate times a time (hourlyCost · hours), so time drops out of money amounts.
        return currency != 0
            ? new(UnitKnowledge.Known, currency, 0, 0)
            : new(UnitKnowledge.Known, 0, Hours + (sign * other.Hours), Months + (sign * other.Months));
    }

    public UnitDimension Power(int exponent) =>
        IsKnown ? new(UnitKnowledge.Known, Currency * exponent, Hours * exponent, Months * exponent) : this;

    public override string ToString()
    {
        if (Knowledge != UnitKnowledge.Known)
        {
            return Knowledge == UnitKnowledge.Free ? "number" : "unknown";
        }

        if (IsDimensionless)
        {
            return "dimensionless";
        }

        var top = new List<string>();
        var bottom = new List<string>();
        Part("currency", Currency, top, bottom);
        Part("hours", Hours, top, bottom);
        Part("months", Months, top, bottom);
        var numerator = top.Count == 0 ? "1" : string.Join("·", top);
        return bottom.Count == 0 ? numerator : $"{numerator}/{string.Join("·", bottom)}";
    }

    private static void Part(string name, int exponent, List<string> top, List<string> bottom)
    {
        if (exponent == 0)
        {
            return;
        }

        var text = Math.Abs(exponent) == 1 ? name : $"{name}^{Math.Abs(exponent)}";
        (exponent > 0 ? top : bottom).Add(text);
    }
}
