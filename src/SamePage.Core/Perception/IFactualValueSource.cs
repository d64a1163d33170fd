namespace SamePage.Core.Perception;

/// <summary>
/// The seam to the factual value: for a solution and segment, each partner's factual npv (the value model evaluated on
/// the partner's actuals) and each input's observed values across partners (one value per partner, in the input's unit).
/// The perception gap compares partners' estimates with these.
/// </summary>
public interface IFactualValueSource
{
    Task<FactualValues> GetAsync(string solution, string? segment, CancellationToken cancellationToken = default);
}

/// <summary>
/// Factual figures of one solution × segment: npv by partner (partner externalId) and observed values by input name.
/// </summary>
public sealed record FactualValues(
    IReadOnlyDictionary<string, double> NpvByPartner,
    IReadOnlyDictionary<string, IReadOnlyList<double>> ObservedByInput)
{
    public static FactualValues Empty { get; } = new(new Dictionary<string, double>(), new Dictionary<string, IReadOnlyList<double>>());

    public double? MedianNpv => Actuals.Quantiles.Median(NpvByPartner.Values);
}

/// <summary>Factual values given up front (stored figures, tests, or a file), the same for every solution and segment asked.</summary>
public sealed class StoredFactualValueSource(FactualValues values) : IFactualValueSource
{
    public Task<FactualValues> GetAsync(string solution, string? segment, CancellationToken cancellationToken = default) =>
        Task.FromResult(values);
}
