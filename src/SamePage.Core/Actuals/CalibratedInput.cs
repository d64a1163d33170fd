namespace SamePage.Core.Actuals;

/// <summary>An input of the value model replaced by the partner's observed metric: {name, planned, observed}.</summary>
public sealed record CalibratedInput(string Name, double Planned, double Observed);
