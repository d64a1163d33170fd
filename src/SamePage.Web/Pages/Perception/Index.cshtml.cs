using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Core.Perception;
using SamePage.Data.Perception;
using SamePage.Data.Values;
using SamePage.Web.Charts;
using SamePage.Web.Pages.Models;

namespace SamePage.Web.Pages.Perception;

/// <summary>
/// Perception results per wave, solution and segment: planned, factual and perceived partner business value side by
/// side, the gap per input, NPS with its interval, relationship health, answers per question, the trend across waves
/// and what to tell partners next.
/// </summary>
public sealed class IndexModel(PerceptionResults results, ValueModelStore store, SurveyService surveys, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<StoredValueModel> Models { get; private set; } = [];
    public IReadOnlyList<WaveSummary> AllWaves { get; private set; } = [];
    public string? Solution { get; private set; }
    public string? Segment { get; private set; }
    public int? Wave { get; private set; }
    public PerceptionView? View { get; private set; }
    public ModelLabels? Labels { get; private set; }
    public PerceptionChartSet? Charts { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? solution, string? segment, int? wave, CancellationToken cancellationToken)
    {
        Models = await store.ListAsync(cancellationToken);
        var waves = await surveys.ListWavesAsync(cancellationToken);
        AllWaves = [.. waves.Where(w => w.Status != Data.Entities.SurveyWaveStatus.Draft).Select(PerceptionResults.Summary)];
        if (wave is { } waveId && waves.FirstOrDefault(w => w.Id == waveId) is { } chosen)
        {
            solution ??= chosen.Solution?.Name;
            segment ??= chosen.Segments.Count == 1 ? chosen.Segments[0] : null;
        }

        var model = Models.FirstOrDefault(m => m.SolutionName == solution) ?? Models.FirstOrDefault();
        if (model is null)
        {
            return Page();
        }

        Solution = model.SolutionName;
        Segment = string.IsNullOrWhiteSpace(segment) ? (model.Entity.Segment.Length > 0 ? model.Entity.Segment : null) : segment;
        Wave = wave;
        View = await results.ComputeAsync(Solution, Segment, wave is null ? null : [wave.Value], cancellationToken);
        if (View is null)
        {
            return Page();
        }

        Labels = new ModelLabels(model.Document);
        Charts = PerceptionChartSet.Build(View, Labels, s => localizer[s], QuestionText);
        return Page();
    }

    public SurveyQuestion? Question(string id) => View?.Questions.FirstOrDefault(q => q.Id == id);

    public string QuestionText(string id) => ModelLabels.Pick(Question(id)?.Text) ?? id;

    /// <summary>An estimate's value as the survey form shows it (percent as %).</summary>
    public string Estimate(string input, double value)
    {
        var question = View?.Questions.FirstOrDefault(q => q.InputName == input);
        return question is null ? value.ToString("0.####", System.Globalization.CultureInfo.CurrentCulture) : SurveyJson.Display(question, value) + (question.Unit == "percent" ? " %" : "");
    }
}
