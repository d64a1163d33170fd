namespace SamePage.Data.Entities;

/// <summary>The value model of one solution (optionally for one segment); its versions keep the history.</summary>
public sealed class ValueModel
{
    public int Id { get; set; }
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }
    /// <summary>Empty string means "all segments".</summary>
    public string Segment { get; set; } = "";
    public int CurrentVersion { get; set; }
    public List<ValueModelVersion> Versions { get; set; } = [];
}

public sealed class ValueModelVersion
{
    public int Id { get; set; }
    public int ValueModelId { get; set; }
    public int Version { get; set; }
    public required string Json { get; set; }
    public string? Comment { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
