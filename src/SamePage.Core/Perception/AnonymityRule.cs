namespace SamePage.Core.Perception;

/// <summary>
/// No aggregate over fewer than <see cref="MinimumRespondents"/> respondents (default 5) is shown to anyone but admins,
/// so that no partner's answers can be singled out.
/// </summary>
public sealed record AnonymityRule(int MinimumRespondents = 5)
{
    public static AnonymityRule Default { get; } = new();

    public bool MayShow(int respondents, bool isAdmin) => isAdmin || respondents >= MinimumRespondents;
}
