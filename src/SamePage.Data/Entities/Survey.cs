namespace SamePage.Data.Entities;

/// <summary>A survey wave: questions generated from a value model, open between two dates.</summary>
public sealed class SurveyWave
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }
    public List<string> Segments { get; set; } = [];
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public SurveyWaveStatus Status { get; set; }
    /// <summary>The ordered questions as JSON (kinds, texts in en/de, ranges).</summary>
    public required string QuestionsJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class SurveyResponse
{
    public long Id { get; set; }
    public int WaveId { get; set; }
    public SurveyWave? Wave { get; set; }
    public int PartnerId { get; set; }
    /// <summary>Portal responses carry the user; imported ones carry an external id.</summary>
    public string? UserId { get; set; }
    public string? ExternalId { get; set; }
    /// <summary>Answers by question id, as JSON.</summary>
    public required string AnswersJson { get; set; }
    public bool Submitted { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
