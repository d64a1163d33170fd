namespace SamePage.Core.Actuals;

/// <summary>The quartiles of a distribution across partners: {p25, median, p75} (type 7, see <see cref="Quantiles"/>).</summary>
public sealed record QuartileSummary(decimal P25, decimal Median, decimal P75);
