namespace SamePage.Core.Values;

/// <summary>The units an input may declare.</summary>
public static class ModelUnits
{
    public const string Currency = "currency";
    public const string Percent = "percent";
    public const string Count = "count";
    public const string Hours = "hours";
    public const string Months = "months";
    public const string Ratio = "ratio";

    public static IReadOnlyList<string> All { get; } = [Currency, Percent, Count, Hours, Months, Ratio];
}

/// <summary>Driver categories and benefit streams.</summary>
public static class DriverCategories
{
    public const string Benefit = "benefit";
    public const string Cost = "cost";
    public const string Investment = "investment";
    public const string Metric = "metric";

    public static IReadOnlyList<string> All { get; } = [Benefit, Cost, Investment, Metric];
}

/// <summary>Revenue streams of benefits; services are compared to resale + recurring in the services multiplier.</summary>
public static class BenefitStreams
{
    public const string Resale = "resale";
    public const string Recurring = "recurring";
    public const string Services = "services";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Resale, Recurring, Services, Other];
}
