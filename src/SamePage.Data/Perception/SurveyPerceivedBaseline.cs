using SamePage.Core.Values;
using SamePage.Data.Planning;

namespace SamePage.Data.Perception;

/// <summary>The perceived case of the planner: the partners' median estimates per input from the survey waves of the segment.</summary>
public sealed class SurveyPerceivedBaseline(PerceptionResults results) : IPerceivedBaselineSource
{
    public async Task<IReadOnlyDictionary<string, double>?> GetAsync(string solution, string segment, CompiledValueModel model, CancellationToken cancellationToken)
    {
        var view = await results.ComputeAsync(solution, segment.Length == 0 ? null : segment, null, cancellationToken);
        if (view is null || view.Hidden)
        {
            return null;
        }
        return view.Report.Gaps.Where(g => double.IsFinite(g.PerceivedMedian)).ToDictionary(g => g.Input, g => g.PerceivedMedian, StringComparer.Ordinal);
    }
}
