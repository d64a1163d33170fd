using Microsoft.Extensions.Localization;
using SamePage.Core.Values;
using SamePage.Data.Perception;
using SamePage.Web.Pages.Models;

namespace SamePage.Web.Cockpit;

/// <summary>Perceived value on the cockpit: NPS with its interval, the perceived median npv and the biggest blind spot.</summary>
public sealed class PerceptionCockpitContributor(PerceptionResults results, IStringLocalizer<SharedResource> l) : ICockpitContributor
{
    public async Task<CockpitContribution> ContributeAsync(CockpitCardContext context, CancellationToken cancellationToken)
    {
        var view = await results.ComputeAsync(context.Solution, context.Segment.Length == 0 ? null : context.Segment, null, cancellationToken);
        var link = $"/perception?solution={Uri.EscapeDataString(context.Solution)}&segment={Uri.EscapeDataString(context.Segment)}";
        if (view is null || view.Hidden)
        {
            return new CockpitContribution([new(l["Partner NPS"], "–", link, Detail: l["no survey results yet"])]);
        }
        var figures = new List<CockpitFigure>();
        if (view.Report.Nps is { } nps)
        {
            figures.Add(new(l["Partner NPS"], nps.Score.ToString("0"), link, nps.Score >= 0, $"{nps.CiLow:0} … {nps.CiHigh:0}, n = {nps.N}"));
        }
        if (view.TalkingPoints.FirstOrDefault() is { } blind)
        {
            figures.Add(new(l["Biggest blind spot"], ModelLabels.Pick(blind.Label) ?? blind.Input, link, false,
                blind.RelativeGap is { } gap ? $"{gap:+0%;-0%} · {blind.HiddenNpv:N0} €" : null));
        }
        var overPromises = view.Report.Gaps.Count(g => g.Classification == Core.Perception.GapClassification.OverPromise);
        if (overPromises > 0)
        {
            figures.Add(new(l["Over-promises"], overPromises.ToString(System.Globalization.CultureInfo.CurrentCulture), link, false));
        }
        return new CockpitContribution(figures, view.Report.Npv.PerceivedMedian);
    }
}
