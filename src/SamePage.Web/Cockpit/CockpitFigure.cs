namespace SamePage.Web.Cockpit;

/// <summary>One figure on a cockpit card: what it is, its value, where it comes from, and whether it is good news.</summary>
public sealed record CockpitFigure(string Label, string Value, string Link, bool? Good = null, string? Detail = null);

/// <summary>The cockpit card of one solution and segment.</summary>
public sealed record CockpitCard(string Solution, string Segment, int? ModelId, DateOnly? DueDate, double? TargetNpv, double? PlannedNpv, double? FactualMedian, double? PerceivedMedian, IReadOnlyList<CockpitFigure> Figures, string ChartSvg);

/// <summary>Adds figures of one capability (perception, talk, measures) to a solution's cockpit card.</summary>
public interface ICockpitContributor
{
    Task<CockpitContribution> ContributeAsync(CockpitCardContext context, CancellationToken cancellationToken);
}

/// <summary>Figures for a card; the perception contributor also gives the perceived median npv for the card's chart.</summary>
public sealed record CockpitContribution(IReadOnlyList<CockpitFigure> Figures, double? PerceivedMedianNpv = null);

/// <summary>What a contributor knows about the card it adds to.</summary>
public sealed record CockpitCardContext(int SolutionId, string Solution, string Segment, double? TargetNpv);
