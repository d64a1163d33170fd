using SamePage.Core.Values;

namespace SamePage.Core.Perception;

/// <summary>
/// Everything the results page and the CLI show for one solution × segment: the report, each respondent's perceived
/// npv, the quartiles per segment, perceived − factual npv per partner and the ranked talking points.
/// </summary>
public sealed record PerceptionAnalysis(
    PerceptionReport Report,
    IReadOnlyList<PerceivedNpv> Perceived,
    IReadOnlyList<SegmentNpvQuartiles> Segments,
    IReadOnlyList<PartnerNpvGap> PartnerGaps,
    IReadOnlyList<TalkingPoint> TalkingPoints)
{
    /// <summary>
    /// Aggregates submitted answers. Questions are matched by id; statistics skip unanswered questions and free text.
    /// A partner with several respondents enters the per-partner npv gap with the median of its respondents' perceived npv.
    /// </summary>
    public static PerceptionAnalysis Compute(
        CompiledValueModel model,
        IReadOnlyList<SurveyQuestion> questions,
        IReadOnlyList<SurveyRespondent> respondents,
        FactualValues factual,
        PerceptionGapThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentNullException.ThrowIfNull(factual);
        var answers = respondents.Select(r => SurveyJson.ByQuestion(r.Answers)).ToList();
        var statistics = new List<QuestionStatistics>();
        foreach (var question in questions.Where(q => q.Kind != QuestionKind.FreeText))
        {
            var values = answers.Select(a => a.TryGetValue(question.Id, out var answer) ? answer.Number : null).OfType<double>();
            statistics.Add(QuestionStatistics.Compute(question.Id, question.Kind, values));
        }

        var npsIds = questions.Where(q => q.Kind == QuestionKind.Nps).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var npsAnswers = answers.SelectMany(a => a.Values.Where(v => npsIds.Contains(v.QuestionId) && v.Number is not null).Select(v => (int)v.Number!.Value).Take(1));
        var nps = NpsSummary.From(NetPromoterScore.Compute(npsAnswers));

        var perceived = PerceivedBusinessCase.PerRespondent(model, questions, respondents);
        var planned = model.Evaluate().Npv;
        var npv = new NpvSummary(planned, factual.MedianNpv, Actuals.Quantiles.Median(perceived.Select(p => p.Npv)));

        var gaps = new List<PerceptionGap>();
        foreach (var question in questions.Where(q => q.Kind == QuestionKind.Estimate && q.InputName is not null))
        {
            var estimates = answers.Select(a => a.TryGetValue(question.Id, out var answer) ? answer.Number : null).OfType<double>();
            if (factual.ObservedByInput.TryGetValue(question.InputName!, out var observed)
                && PerceptionGap.Compute(question.InputName!, estimates, observed, thresholds) is { } gap)
            {
                gaps.Add(gap);
            }
        }

        var perceivedByPartner = perceived.GroupBy(p => p.PartnerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Actuals.Quantiles.Median(g.Select(p => p.Npv))!.Value, StringComparer.Ordinal);
        var report = new PerceptionReport(respondents.Count, statistics, nps, npv, gaps);
        return new PerceptionAnalysis(report, perceived, PerceivedBusinessCase.BySegment(perceived),
            PartnerNpvGap.Pair(perceivedByPartner, factual.NpvByPartner), TalkingPoint.Rank(model, gaps));
    }
}
