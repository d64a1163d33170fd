namespace SamePage.Core.Perception;

/// <summary>
/// No aggregate over fewer than <see cref="MinimumRespondents"/> respondents (default 5) is shown to anyone but admins,
/// so that no partner's answers can be singled out.
/// </summary>
public sealed record AnonymityRule(int MinimumRespondents = 5)
{
    public static AnonymityRule Default { get; } = new();

    public bool MayShow(int respondents, bool isAdmin) => isAdmin || respondents >= MinimumRespondents;

    /// <summary>
    /// An aggregate over several cells (waves, segments) whose parts can be requested alone may only be shown when every
    /// non-empty cell meets the threshold on its own: otherwise the small cell's answers are the difference of two views.
    /// </summary>
    public bool MayShowCells(IEnumerable<int> cellRespondents, bool isAdmin) =>
        isAdmin || cellRespondents.All(n => n == 0 || n >= MinimumRespondents);
}
