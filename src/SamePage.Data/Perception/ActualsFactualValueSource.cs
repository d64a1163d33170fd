using SamePage.Core.Perception;
using SamePage.Data.Actuals;

namespace SamePage.Data.Perception;

/// <summary>
/// Factual values from the actuals (<see cref="ActualsService"/>, over the rollups of the last 12 months with data):
/// each partner's factual npv, and per input the observed values of the partners whose input was calibrated
/// (at least 3 won deals in the window). Runs through the caller's context, so a partner user would only see itself;
/// perception results therefore ask it only for vendor viewers.
/// </summary>
public sealed class ActualsFactualValueSource(ActualsService actuals) : IFactualValueSource
{
    public async Task<FactualValues> GetAsync(string solution, string? segment, CancellationToken cancellationToken = default)
    {
        var report = await actuals.ComputeAsync(new ActualsQuery(solution) { Segment = segment }, cancellationToken);
        var npv = new Dictionary<string, double>(StringComparer.Ordinal);
        var observed = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var partner in report.Partners.OrderBy(p => p.PartnerId, StringComparer.Ordinal))
        {
            if (partner.FactualNpv is { } value)
            {
                npv[partner.PartnerId] = value;
            }

            foreach (var input in partner.CalibratedInputs)
            {
                if (!observed.TryGetValue(input.Name, out var values))
                {
                    observed[input.Name] = values = [];
                }

                values.Add(input.Observed);
            }
        }

        return new FactualValues(npv, observed.ToDictionary(o => o.Key, o => (IReadOnlyList<double>)o.Value, StringComparer.Ordinal));
    }
}
