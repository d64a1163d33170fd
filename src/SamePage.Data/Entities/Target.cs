namespace SamePage.Data.Entities;

/// <summary>A concrete target value per solution and segment, due on a date.</summary>
public sealed class Target
{
    public int Id { get; set; }
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }
    public string Segment { get; set; } = "";
    public DateOnly DueDate { get; set; }
    /// <summary>Target on the factual partner business value (median factual npv per partner).</summary>
    public decimal? FactualNpv { get; set; }
    /// <summary>Target on the perceived partner business value (median perceived npv).</summary>
    public decimal? PerceivedNpv { get; set; }
    /// <summary>Target on the perceived overall value (0-10 survey question).</summary>
    public decimal? PerceivedOverall { get; set; }
    /// <summary>Whether partners see this target (and the chance to reach it) in the portal, their reports and the API; the vendor decides per target.</summary>
    public bool SharedWithPartners { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
