using System.Globalization;

namespace SamePage.Core.Values;

/// <summary>
/// The one rule for input overrides (run API, analyses, what-if): every name must be an input of the model and every
/// value a finite number; anything else is an <see cref="ArgumentException"/> that names it, never silently dropped.
/// </summary>
public static class ValueModelOverrides
{
    public static IReadOnlyDictionary<string, double> Check(CompiledValueModel model, IReadOnlyDictionary<string, double>? set)
    {
        ArgumentNullException.ThrowIfNull(model);
        var unknown = set?.Keys.Where(k => model.InputIndex(k) < 0).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown input(s): {string.Join(", ", unknown)}.");
        }
        var notFinite = set?.Where(p => !double.IsFinite(p.Value)).Select(p => p.Key).ToList() ?? [];
        if (notFinite.Count > 0)
        {
            throw new ArgumentException($"Not a finite number: {string.Join(", ", notFinite)}.");
        }
        return set ?? new Dictionary<string, double>();
    }

    /// <summary>Parses "name=value" pairs (invariant culture, as in a query string) and checks them.</summary>
    public static IReadOnlyDictionary<string, double> Parse(CompiledValueModel model, IEnumerable<string>? pairs)
    {
        var set = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new ArgumentException($"'{pair}' is not name=number (e.g. newCustomersPerMonth=4).");
            }
            set[parts[0]] = value;
        }
        return Check(model, set);
    }
}
