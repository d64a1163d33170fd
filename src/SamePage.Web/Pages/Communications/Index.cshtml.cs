using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Talk;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Communications;

/// <summary>Communications with their talk scores and the talk mix over time, per solution and audience.</summary>
public sealed class IndexModel(SamePageDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<Communication> Items { get; private set; } = [];
    public IReadOnlyList<string> Solutions { get; private set; } = [];
    public IReadOnlyList<string> Segments { get; private set; } = [];
    public IReadOnlyList<TalkMixMonth> Mix { get; private set; } = [];
    public string? MixSvg { get; private set; }
    public double? AverageShare { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Solution { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Segment { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        var all = await db.Communications.AsNoTracking().Include(c => c.Solution).OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        Segments = [.. all.SelectMany(c => c.AudienceSegments).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
        Items = [.. all.Where(c => (string.IsNullOrEmpty(Solution) || c.Solution?.Name == Solution) && TalkMix.IsFor(c, Segment, null))];
        Mix = TalkMix.ByMonth(Items);
        var shares = Items.Where(c => c.BusinessShare is not null).Select(c => c.BusinessShare!.Value).ToList();
        AverageShare = shares.Count == 0 ? null : shares.Average();
        if (Mix.Count > 0)
        {
            MixSvg = ChartStyle.Svg(TalkCharts.Mix(Mix, l["Talk mix over time"], l["business"], l["bridged"], l["product"], l["neutral"]), 900, 320);
        }
    }
}
