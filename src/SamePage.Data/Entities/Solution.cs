namespace SamePage.Data.Entities;

public sealed class Solution
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Gross margin partners earn on services around this solution (realized-profit setting).</summary>
    public decimal ServicesGrossMargin { get; set; } = 0.45m;

    /// <summary>ISO code of the currency its deals are in; a mapped import converts other currencies only at a fixed rate.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>Set when the solution is archived: it keeps its deals and history but leaves the cockpit and the choice lists.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>The segments the solution is sold in: the one list targets, models, surveys and the planner choose from.</summary>
    public List<SolutionSegment> Segments { get; set; } = [];
}

/// <summary>A partner segment (e.g. MSP, Reseller) a solution is sold in.</summary>
public sealed class SolutionSegment
{
    public int Id { get; set; }
    public int SolutionId { get; set; }
    public required string Name { get; set; }
}
