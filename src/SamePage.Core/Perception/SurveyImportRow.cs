namespace SamePage.Core.Perception;

/// <summary>One valid record of a survey responses file: the response's externalId, the partner's externalId and the answers.</summary>
public sealed record SurveyImportRow(string ExternalId, string PartnerId, IReadOnlyList<SurveyAnswer> Answers);
