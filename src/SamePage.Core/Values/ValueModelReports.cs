using System.Text.Json;

namespace SamePage.Core.Values;

/// <summary>
/// Maps analysis results to the JSON records of the CLI (<c>--format json</c>) and the API, with the
/// field names of docs/value-model.md. Money is rounded to cents, ratios to 6 decimals; null fields are written as null.
/// </summary>
public static class ValueModelReports
{
    public static RunReport ToRunReport(BusinessCase result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RunReport(
            Money(result.Npv),
            Money(result.TotalBenefit),
            Money(result.TotalCost),
            Money(result.TotalInvestment),
            Money(result.NetProfit),
            Ratio(result.Roi),
            result.PaybackMonth,
            Ratio(result.ServicesMultiplier),
            [.. result.Monthly.Select(m => new MonthlyCashFlowReport(m.Month, Money(m.CashFlow), Money(m.Cumulative)))],
            [.. result.Drivers.Select(d => new DriverTotalReport(d.Name, Money(d.Total)))]);
    }

    public static SensitivityReport ToSensitivityReport(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SensitivityReport(
            Money(result.BaseNpv),
            [.. result.Inputs.Select(i => new InputSensitivityReport(i.Name, Money(i.NpvLow), Money(i.NpvHigh), Money(i.Swing)))]);
    }

    public static SimulationReport ToSimulationReport(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SimulationReport(Money(result.P10), Money(result.P50), Money(result.P90), Money(result.Mean), Ratio(result.ProbabilityAboveTarget));
    }

    public static string ToJson(RunReport report) => JsonSerializer.Serialize(report, ValueModelReportJsonContext.Default.RunReport);

    public static string ToJson(SensitivityReport report) => JsonSerializer.Serialize(report, ValueModelReportJsonContext.Default.SensitivityReport);

    public static string ToJson(SimulationReport report) => JsonSerializer.Serialize(report, ValueModelReportJsonContext.Default.SimulationReport);

    private static double Money(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static double? Ratio(double? value) => value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero) : null;
}

/// <summary><c>model run</c>: the business case at the likely values (or with --set overrides).</summary>
public sealed record RunReport(
    double Npv,
    double TotalBenefit,
    double TotalCost,
    double TotalInvestment,
    double NetProfit,
    double? Roi,
    int? PaybackMonth,
    double? ServicesMultiplier,
    IReadOnlyList<MonthlyCashFlowReport> Monthly,
    IReadOnlyList<DriverTotalReport> Drivers);

public sealed record MonthlyCashFlowReport(int Month, double CashFlow, double Cumulative);

public sealed record DriverTotalReport(string Name, double Total);

/// <summary><c>model sensitivity</c>: the tornado.</summary>
public sealed record SensitivityReport(double BaseNpv, IReadOnlyList<InputSensitivityReport> Inputs);

public sealed record InputSensitivityReport(string Name, double NpvLow, double NpvHigh, double Swing);

/// <summary><c>model simulate</c>: the npv distribution and the chance to reach the target (null without target).</summary>
public sealed record SimulationReport(double P10, double P50, double P90, double Mean, double? ProbabilityAboveTarget);
