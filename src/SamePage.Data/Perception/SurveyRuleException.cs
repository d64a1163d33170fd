namespace SamePage.Data.Perception;

/// <summary>A survey action the wave's state or the caller's role does not allow (opening a closed wave, answering a draft, ...).</summary>
public sealed class SurveyRuleException(string message) : ArgumentException(message);
