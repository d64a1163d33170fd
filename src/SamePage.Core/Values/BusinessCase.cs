namespace SamePage.Core.Values;

/// <summary>
/// The partner's business case from one evaluation. Money is in the model's currency, computed in double;
/// reports round for display (see <see cref="ValueModelReports"/>).
/// </summary>
public sealed record BusinessCase(
    double Npv,
    double TotalBenefit,
    double TotalCost,
    double TotalInvestment,
    double NetProfit,
    double? Roi,
    int? PaybackMonth,
    double? ServicesMultiplier,
    IReadOnlyList<MonthlyCashFlow> Monthly,
    IReadOnlyList<DriverResult> Drivers);

/// <summary>Cash flow of one month (1-based) and the cumulative cash flow up to it.</summary>
public sealed record MonthlyCashFlow(int Month, double CashFlow, double Cumulative);

/// <summary>One driver's values per month (index 0 = month 1) and their undiscounted total. Stream is set for benefits only.</summary>
public sealed record DriverResult(string Name, string Category, string? Stream, double Total, IReadOnlyList<double> Monthly);

/// <summary>The figures the simulation needs, computed without allocation.</summary>
public readonly record struct BusinessCaseSummary(double Npv, int? PaybackMonth);
