using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamePage.Core.Perception;

/// <summary>NPS in the report: {score, ciLow, ciHigh, n}.</summary>
public sealed record NpsSummary(double Score, double CiLow, double CiHigh, int N)
{
    public static NpsSummary? From(NetPromoterScore? nps) => nps is null ? null : new(nps.Score, nps.CiLow, nps.CiHigh, nps.N);
}

/// <summary>Npv in the report: the planned case, the median factual npv across partners and the median perceived npv across respondents.</summary>
public sealed record NpvSummary(double Planned, double? FactualMedian, double? PerceivedMedian);

/// <summary>
/// The perception of one solution × segment over one or more waves, in the shape of `samepage perception --format json`:
/// {respondents, questions:[{id, kind, n, mean, sd, ciLow, ciHigh}], nps:{score, ciLow, ciHigh, n},
/// npv:{planned, factualMedian, perceivedMedian}, gaps:[{input, perceivedMedian, observedMedian, relativeGap, classification}]}.
/// </summary>
public sealed record PerceptionReport(int Respondents, IReadOnlyList<QuestionStatistics> Questions, NpsSummary? Nps, NpvSummary Npv, IReadOnlyList<PerceptionGap> Gaps)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The report with every aggregate withheld (fewer respondents than the anonymity rule allows).</summary>
    public PerceptionReport Withheld() => new(Respondents, [], null, Npv with { FactualMedian = null, PerceivedMedian = null }, []);

    /// <summary>The report with the statistics of questions answered by fewer than <paramref name="minimum"/> respondents withheld (their n stays).</summary>
    public PerceptionReport WithSmallQuestionsWithheld(int minimum) => this with
    {
        Questions = [.. Questions.Select(q => q.N > 0 && q.N < minimum ? q with { Mean = null, Sd = null, CiLow = null, CiHigh = null } : q)],
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
