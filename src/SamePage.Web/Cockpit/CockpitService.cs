using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Actuals;
using SamePage.Data.Values;
using SamePage.Web.Charts;

namespace SamePage.Web.Cockpit;

/// <summary>
/// Builds the vendor cockpit: one card per value model (solution × segment) with target, planned, factual and
/// perceived partner business value and the figures capabilities contribute. Cards are cached briefly per node
/// (a cache, not state) and keyed on the latest audit entry, so any write shows at once.
/// </summary>
public sealed class CockpitService(SamePageDbContext db, ValueModelStore models, TargetStore targets, ActualsService actuals, IEnumerable<ICockpitContributor> contributors,
    IMemoryCache cache, IStringLocalizer<SharedResource> l)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<CockpitCard>> CardsAsync(CancellationToken cancellationToken, bool refresh = false)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        // Every write leaves an audit entry: its latest id tells whether the cached cards are still true.
        var stamp = await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var cards = new List<CockpitCard>();
        foreach (var stored in await models.ListAsync(cancellationToken))
        {
            if (stored.Entity.Solution?.ArchivedAt is not null)
            {
                continue;
            }
            var key = $"cockpit:{stored.Entity.Id}:{stored.Current.Version}:{culture}:{stamp}";
            if (refresh || !cache.TryGetValue(key, out CockpitCard? card) || card is null)
            {
                card = await BuildAsync(stored, cancellationToken);
                cache.Set(key, card, CacheFor);
            }
            cards.Add(card);
        }
        return cards;
    }

    private async Task<CockpitCard> BuildAsync(StoredValueModel stored, CancellationToken cancellationToken)
    {
        var solution = stored.SolutionName;
        var segment = stored.Entity.Segment;
        var encoded = Uri.EscapeDataString(solution);
        var target = await targets.CurrentAsync(stored.Entity.SolutionId, segment, cancellationToken);
        var targetNpv = (double?)target?.FactualNpv;
        var model = stored.Model;
        var planned = model?.Evaluate().Npv;
        var probability = TargetStore.Chance(model, targetNpv);
        var report = await actuals.ComputeAsync(new ActualsQuery(solution) { Segment = segment.Length == 0 ? null : segment }, cancellationToken);
        var factual = (double?)report.Summary.FactualNpv?.Median;
        var figures = new List<CockpitFigure>
        {
            new(l["Chance to reach the target"], probability?.ToString("P0") ?? "–", $"/models/{stored.Entity.Id}", probability >= 0.8),
            new(l["Partners that earn money"], report.Summary.ProfitableShare?.ToString("P0") ?? "–", $"/actuals?solution={encoded}&segment={Uri.EscapeDataString(segment)}",
                report.Summary.ProfitableShare >= 0.66m, $"{report.Summary.ProfitablePartners:N0} / {report.Summary.Partners:N0}"),
        };
        var context = new CockpitCardContext(stored.Entity.SolutionId, solution, segment, targetNpv);
        double? perceived = null;
        foreach (var contributor in contributors)
        {
            var contribution = await contributor.ContributeAsync(context, cancellationToken);
            figures.AddRange(contribution.Figures);
            perceived ??= contribution.PerceivedMedianNpv;
        }
        var chart = ChartStyle.Svg(CockpitCharts.ValueComparison(l["Partner business value"], l["Target"], l["Planned"], l["Factual (median)"], l["Perceived (median)"],
            targetNpv, planned, factual, perceived), 520, 260);
        return new CockpitCard(solution, segment, stored.Entity.Id, target?.DueDate, targetNpv, planned, factual, perceived, figures, chart);
    }
}
