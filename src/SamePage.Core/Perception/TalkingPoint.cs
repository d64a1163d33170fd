using System.Text.RegularExpressions;
using SamePage.Core.Values;

namespace SamePage.Core.Perception;

/// <summary>
/// An entry of "what to tell partners next": a blind spot with the npv it hides,
/// hiddenNpv = npv(input at the observed median) − npv(input at the perceived median), every other input planned.
/// A positive figure is value partners would see if they knew the facts; the list is ranked by it, largest first.
/// </summary>
public sealed record TalkingPoint(string Input, LocalizedText Label, IReadOnlyList<LocalizedText> Drivers, double PerceivedMedian, double ObservedMedian, double? RelativeGap, double HiddenNpv)
{
    public static IReadOnlyList<TalkingPoint> Rank(CompiledValueModel model, IEnumerable<PerceptionGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gaps);
        var points = new List<TalkingPoint>();
        foreach (var gap in gaps.Where(g => g.Classification == GapClassification.BlindSpot && model.InputIndex(g.Input) >= 0))
        {
            var observed = model.Evaluate(new Dictionary<string, double> { [gap.Input] = gap.ObservedMedian }).Npv;
            var perceived = model.Evaluate(new Dictionary<string, double> { [gap.Input] = gap.PerceivedMedian }).Npv;
            var input = model.Inputs[model.InputIndex(gap.Input)];
            points.Add(new TalkingPoint(gap.Input, input.Label ?? new LocalizedText(gap.Input, null), DriversOf(model.Document, gap.Input),
                gap.PerceivedMedian, gap.ObservedMedian, gap.RelativeGap, observed - perceived));
        }

        return [.. points.OrderByDescending(p => p.HiddenNpv).ThenBy(p => p.Input, StringComparer.Ordinal)];
    }

    /// <summary>The labels of the benefit and cost drivers whose formula names the input.</summary>
    public static IReadOnlyList<LocalizedText> DriversOf(ValueModelDocument model, string input)
    {
        ArgumentNullException.ThrowIfNull(model);
        var pattern = new Regex($@"(?<![A-Za-z0-9_]){Regex.Escape(input)}(?![A-Za-z0-9_])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return
        [
            .. model.Drivers
                .Where(d => d.Category is DriverCategories.Benefit or DriverCategories.Cost && pattern.IsMatch(d.Formula))
                .Select(d => d.Label ?? new LocalizedText(d.Name, null)),
        ];
    }
}
