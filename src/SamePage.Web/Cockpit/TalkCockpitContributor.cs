using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SamePage.Data;

namespace SamePage.Web.Cockpit;

/// <summary>Talk on the cockpit: business share of the last communications to the segment, and its trend against the ones before.</summary>
public sealed class TalkCockpitContributor(SamePageDbContext db, IStringLocalizer<SharedResource> l) : ICockpitContributor
{
    private const int Recent = 5;

    public async Task<CockpitContribution> ContributeAsync(CockpitCardContext context, CancellationToken cancellationToken)
    {
        var communications = await db.Communications.AsNoTracking()
            .Where(c => c.SolutionId == context.SolutionId && c.BusinessShare != null)
            .OrderByDescending(c => c.Date).Take(Recent * 2).ToListAsync(cancellationToken);
        var forSegment = communications.Where(c => c.AudienceSegments.Count == 0 || c.AudienceSegments.Contains(context.Segment, StringComparer.OrdinalIgnoreCase)).ToList();
        var link = $"/communications?solution={Uri.EscapeDataString(context.Solution)}";
        if (forSegment.Count == 0)
        {
            return new CockpitContribution([new(l["Business talk (last messages)"], "–", "/talk/check", Detail: l["no communications analysed yet"])]);
        }
        var recent = forSegment.Take(Recent).Average(c => c.BusinessShare!.Value);
        var before = forSegment.Skip(Recent).Select(c => c.BusinessShare!.Value).DefaultIfEmpty(double.NaN).Average();
        var trend = double.IsNaN(before) ? null : $"{(recent - before) * 100:+0;-0;0} {l["points vs the messages before"]}";
        return new CockpitContribution([new(l["Business talk (last messages)"], recent.ToString("P0", System.Globalization.CultureInfo.CurrentCulture), link, recent >= 0.6, trend)]);
    }
}
