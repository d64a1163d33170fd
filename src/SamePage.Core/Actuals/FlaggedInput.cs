namespace SamePage.Core.Actuals;

/// <summary>An input that keeps its planned value, with why (too few won deals, no data for the metric, unknown metric).</summary>
public sealed record FlaggedInput(string Name, double Planned, double? Observed, string Reason);
