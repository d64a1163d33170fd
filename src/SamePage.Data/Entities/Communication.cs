using SamePage.Core.Actuals;

namespace SamePage.Data.Entities;

/// <summary>Information sent to partners (newsletter, mail, release note, playbook, webinar text) and its talk analysis.</summary>
public sealed class Communication
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public int? SolutionId { get; set; }
    public Solution? Solution { get; set; }
    public string Channel { get; set; } = "newsletter";
    public List<string> AudienceSegments { get; set; } = [];
    public List<string> AudiencePartnerTypes { get; set; } = [];
    public DateOnly Date { get; set; }
    public string Language { get; set; } = "en";
    public double? BusinessShare { get; set; }
    public string? DominantLabel { get; set; }
    /// <summary>Counts of sentences per label from the last analysis, as JSON.</summary>
    public string? AnalysisJson { get; set; }
}

/// <summary>A channel manager's correction of one sentence's talk label; feeds the learned classifier.</summary>
public sealed class TalkCorrection
{
    public int Id { get; set; }
    public required string Sentence { get; set; }
    public string Language { get; set; } = "en";
    public required string Label { get; set; }
    public string? CorrectedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
