using Microsoft.EntityFrameworkCore;
using SamePage.Core.Perception;
using SamePage.Core.Values;
using SamePage.Data.Entities;
using SamePage.Data.Values;

namespace SamePage.Data.Perception;

/// <summary>
/// Aggregates submitted responses of one or more waves for a solution and segment (see <see cref="PerceptionAnalysis"/>)
/// and applies the anonymity rule for the current actor. For a partner user the aggregates are computed over a
/// vendor-scoped context so that peers count, and only anonymous aggregates (at least the threshold of respondents)
/// leave this class; per-partner figures never do.
/// </summary>
public sealed class PerceptionResults(SamePageDbContext db, DbContextOptions<SamePageDbContext> options, IFactualValueSource factual)
{
    /// <summary>The results of one wave, for its solution and (single) segment.</summary>
    public async Task<PerceptionView?> ForWaveAsync(int waveId, CancellationToken cancellationToken = default)
    {
        var wave = await db.SurveyWaves.AsNoTracking().Include(w => w.Solution).FirstOrDefaultAsync(w => w.Id == waveId, cancellationToken);
        return wave is null ? null : await ComputeAsync(wave.Solution!.Name, wave.Segments.Count == 1 ? wave.Segments[0] : null, [waveId], cancellationToken);
    }

    /// <summary>
    /// The results for a solution (name or id) and optional segment over the given waves; without waves, the latest
    /// wave of the solution that is open or closed. Null when the solution has no value model.
    /// </summary>
    public async Task<PerceptionView?> ComputeAsync(string solution, string? segment, IReadOnlyList<int>? waveIds, CancellationToken cancellationToken = default) =>
        await ComputeAsync(solution, segment, waveIds, null, cancellationToken);

    /// <summary>As above, classifying gaps with the given thresholds (default ±20 %).</summary>
    public async Task<PerceptionView?> ComputeAsync(string solution, string? segment, IReadOnlyList<int>? waveIds, PerceptionGapThresholds? thresholds, CancellationToken cancellationToken = default)
    {
        var viewer = db.Actor;
        await using var vendor = new SamePageDbContext(options, new FixedActor(RequestActor.System));
        var stored = await new ValueModelStore(vendor).FindAsync(solution, segment, cancellationToken);
        var compiled = stored?.Model;
        if (stored is null || compiled is null)
        {
            return null;
        }

        var solutionId = stored.Entity.SolutionId;
        var allWaves = await vendor.SurveyWaves.AsNoTracking().Include(w => w.Solution)
            .Where(w => w.SolutionId == solutionId && w.Status != SurveyWaveStatus.Draft)
            .OrderBy(w => w.OpensOn).ThenBy(w => w.Id).ToListAsync(cancellationToken);
        if (segment is not null)
        {
            allWaves = [.. allWaves.Where(w => SurveyService.Includes(w, segment))];
        }

        var chosen = waveIds is { Count: > 0 }
            ? [.. allWaves.Where(w => waveIds.Contains(w.Id))]
            : allWaves.Count > 0 ? [allWaves[^1]] : new List<SurveyWave>();
        var settings = await vendor.VendorSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        var rule = new AnonymityRule(settings?.AnonymityThreshold ?? 5);
        var facts = viewer.IsPartnerUser ? FactualValues.Empty : await factual.GetAsync(stored.SolutionName, segment, cancellationToken);

        var questions = chosen.SelectMany(w => SurveyJson.ReadQuestions(w.QuestionsJson))
            .GroupBy(q => q.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var respondents = await RespondentsAsync(vendor, [.. chosen.Select(w => w.Id)], segment, cancellationToken);
        var analysis = PerceptionAnalysis.Compute(compiled, questions, [.. respondents.Select(r => r.Respondent)], facts, thresholds);
        // The system actor (the CLI, run by whoever operates the database) sees what an admin sees.
        var isAdmin = viewer.IsAdmin || ReferenceEquals(viewer, RequestActor.System);
        // Every wave of the selection and, across segments, every segment is a cell a second request can isolate.
        var cells = respondents.GroupBy(r => r.WaveId).Select(g => g.Count())
            .Concat(segment is null ? respondents.GroupBy(r => r.Respondent.Segment, StringComparer.OrdinalIgnoreCase).Select(g => g.Count()) : []);
        var hidden = !rule.MayShow(respondents.Count, isAdmin) || !rule.MayShowCells(cells, isAdmin);

        var trend = new List<WaveTrendPoint>();
        foreach (var wave in allWaves)
        {
            var waveQuestions = SurveyJson.ReadQuestions(wave.QuestionsJson);
            var waveRespondents = (await RespondentsAsync(vendor, [wave.Id], segment, cancellationToken)).Select(r => r.Respondent).ToList();
            if (!rule.MayShow(waveRespondents.Count, isAdmin))
            {
                trend.Add(new WaveTrendPoint(wave.Id, wave.Name, wave.ClosesOn, waveRespondents.Count, null, null, null));
                continue;
            }

            var report = PerceptionAnalysis.Compute(compiled, waveQuestions, waveRespondents, FactualValues.Empty).Report;
            trend.Add(new WaveTrendPoint(wave.Id, wave.Name, wave.ClosesOn, waveRespondents.Count, report.Nps,
                report.Questions.FirstOrDefault(q => q.Kind == QuestionKind.OverallValue)?.Mean, report.Npv.PerceivedMedian));
        }

        IReadOnlyList<SurveyAnswer>? own = null;
        if (viewer.IsPartnerUser)
        {
            // Through the caller's own (filtered) context: only the partner's responses are visible there.
            var ids = chosen.Select(w => w.Id).ToList();
            var mine = await db.SurveyResponses.AsNoTracking().Where(r => ids.Contains(r.WaveId)).OrderByDescending(r => r.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
            own = mine is null ? [] : SurveyJson.ReadAnswers(mine.AnswersJson);
        }

        var partnerLevel = !hidden && !viewer.IsPartnerUser;
        return new PerceptionView(
            stored.SolutionName,
            segment,
            stored.Document.Currency ?? settings?.Currency ?? "EUR",
            [.. chosen.Select(Summary)],
            hidden,
            rule.MinimumRespondents,
            hidden ? analysis.Report.Withheld() : isAdmin ? analysis.Report : analysis.Report.WithSmallQuestionsWithheld(rule.MinimumRespondents),
            questions,
            hidden ? [] : [.. analysis.Segments.Where(s => rule.MayShow(s.Respondents, isAdmin))],
            partnerLevel ? analysis.PartnerGaps : [],
            partnerLevel ? analysis.TalkingPoints : [],
            trend,
            own);
    }

    public static WaveSummary Summary(SurveyWave wave)
    {
        ArgumentNullException.ThrowIfNull(wave);
        return new(wave.Id, wave.Name, wave.Solution?.Name ?? "", wave.Segments, wave.Status, wave.OpensOn, wave.ClosesOn);
    }

    private static async Task<List<(int WaveId, SurveyRespondent Respondent)>> RespondentsAsync(SamePageDbContext vendor, List<int> waveIds, string? segment, CancellationToken cancellationToken)
    {
        var rows = await vendor.SurveyResponses.AsNoTracking()
            .Where(r => waveIds.Contains(r.WaveId) && r.Submitted)
            .Join(vendor.Partners, r => r.PartnerId, p => p.Id, (r, p) => new { r.Id, r.WaveId, p.ExternalId, p.Segment, r.AnswersJson })
            .OrderBy(x => x.Id)
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Where(x => segment is null || string.Equals(x.Segment, segment, StringComparison.OrdinalIgnoreCase))
                .Select(x => (x.WaveId, new SurveyRespondent(x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), x.ExternalId, x.Segment, SurveyJson.ReadAnswers(x.AnswersJson)))),
        ];
    }
}
