namespace SamePage.Core.Actuals;

/// <summary>
/// Records skipped on purpose, counted by reason ("Stage 'Prospecting'"): skipped rows are neither valid nor errors,
/// and the report says how many there were and why. At most <see cref="MaxReasons"/> reasons are kept apart.
/// </summary>
public sealed class SkippedRecords
{
    public const int MaxReasons = 50;

    private readonly Dictionary<string, long> _byReason = new(StringComparer.Ordinal);

    public static SkippedRecords None { get; } = new();

    public long Count { get; private set; }

    /// <summary>The reasons in the order first seen, with their counts; "other values" collects the rest.</summary>
    public IReadOnlyDictionary<string, long> ByReason => _byReason;

    public void Add(string reason)
    {
        Count++;
        if (_byReason.TryGetValue(reason, out var count) || _byReason.Count < MaxReasons)
        {
            _byReason[reason] = count + 1;
        }
        else
        {
            _byReason["other values"] = _byReason.GetValueOrDefault("other values") + 1;
        }
    }

    /// <summary>"312 rows skipped: Stage 'Prospecting' 192, Stage 'Negotiation/Review' 120".</summary>
    public string Describe() => Count == 0
        ? string.Empty
        : $"{Count:N0} {(Count == 1 ? "row" : "rows")} skipped by the mapping: {string.Join(", ", _byReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value:N0}"))}";
}
