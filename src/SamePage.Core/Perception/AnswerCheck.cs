namespace SamePage.Core.Perception;

/// <summary>Whether an answer fits its question, and why not.</summary>
public sealed record AnswerCheck(bool IsValid, string? Reason)
{
    public static AnswerCheck Valid { get; } = new(true, null);

    public static AnswerCheck Invalid(string reason) => new(false, reason);
}
