using SamePage.Core.Values;

namespace SamePage.Core.Perception;

/// <summary>One respondent's perceived npv: the model evaluated with their estimates in place of the planned inputs.</summary>
public sealed record PerceivedNpv(string RespondentId, string PartnerId, string Segment, double Npv, int Estimates);

/// <summary>The perceived npv across the respondents of one segment: type-7 quartiles (see <see cref="Actuals.Quantiles"/>).</summary>
public sealed record SegmentNpvQuartiles(string Segment, int Respondents, double P25, double Median, double P75);

/// <summary>
/// The perceived business case (issue 5): for each respondent, the value model evaluated with the respondent's estimates
/// in place of the planned inputs and every other input planned (likely); then median and quartiles per segment.
/// Respondents without any estimate are left out (their perceived case would just be the plan).
/// </summary>
public static class PerceivedBusinessCase
{
    public static IReadOnlyList<PerceivedNpv> PerRespondent(CompiledValueModel model, IEnumerable<SurveyQuestion> questions, IEnumerable<SurveyRespondent> respondents)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(respondents);
        var asked = questions.ToList();
        var result = new List<PerceivedNpv>();
        foreach (var respondent in respondents)
        {
            var estimates = respondent.Estimates(asked)
                .Where(e => model.InputIndex(e.Key) >= 0)
                .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            if (estimates.Count == 0)
            {
                continue;
            }

            result.Add(new PerceivedNpv(respondent.Id, respondent.PartnerId, respondent.Segment, model.Evaluate(estimates).Npv, estimates.Count));
        }

        return result;
    }

    public static IReadOnlyList<SegmentNpvQuartiles> BySegment(IEnumerable<PerceivedNpv> perceived)
    {
        ArgumentNullException.ThrowIfNull(perceived);
        return
        [
            .. perceived
                .GroupBy(p => p.Segment, StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g =>
                {
                    var values = g.Select(p => p.Npv).ToList();
                    return new SegmentNpvQuartiles(g.Key, values.Count,
                        Actuals.Quantiles.Quantile(values, 0.25)!.Value,
                        Actuals.Quantiles.Quantile(values, 0.5)!.Value,
                        Actuals.Quantiles.Quantile(values, 0.75)!.Value);
                }),
        ];
    }
}
