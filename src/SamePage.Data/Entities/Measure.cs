namespace SamePage.Data.Entities;

/// <summary>The kind of lever a measure uses (pricing/margin, incentive, MDF, enablement, ...); the list is editable.</summary>
public sealed class Instrument
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? NameDe { get; set; }
}

/// <summary>An internal owner (person or department) of value drivers and measures.</summary>
public sealed class Participant
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ParticipantKind Kind { get; set; }
    public string? Department { get; set; }
    /// <summary>The user account behind this participant, for "my contribution".</summary>
    public string? UserId { get; set; }
}

/// <summary>A participant owns a value driver of a solution's model.</summary>
public sealed class DriverOwnership
{
    public int Id { get; set; }
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    public int SolutionId { get; set; }
    public required string DriverName { get; set; }
}

public sealed class Measure
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int InstrumentId { get; set; }
    public Instrument? Instrument { get; set; }
    public int? OwnerId { get; set; }
    public Participant? Owner { get; set; }
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }
    public List<string> Segments { get; set; } = [];
    public decimal CostOneOff { get; set; }
    public decimal CostPerMonth { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public MeasureStatus Status { get; set; }
    /// <summary>Effects on value-model inputs as JSON: [{input, mode, low, likely, high, target}].</summary>
    public string EffectsJson { get; set; } = "[]";
    public List<int> DependsOn { get; set; } = [];
    public List<int> Excludes { get; set; } = [];
}
