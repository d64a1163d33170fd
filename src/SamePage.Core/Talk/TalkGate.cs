namespace SamePage.Core.Talk;

/// <summary>
/// The publishing gate: a message passes when its business share is at least the minimum. A message
/// with no business, bridged or product sentence (share null, e.g. a pure event reminder) has nothing
/// to judge and passes unless <paramref name="failWhenUndetermined"/> is set.
/// </summary>
public static class TalkGate
{
    public const double DefaultMinBusinessShare = 0.6;

    public static bool Passes(TalkAnalysis analysis, double minBusinessShare = DefaultMinBusinessShare, bool failWhenUndetermined = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.BusinessShare is { } share ? share >= minBusinessShare - 1e-12 : !failWhenUndetermined;
    }
}
