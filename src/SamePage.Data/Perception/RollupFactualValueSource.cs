using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Perception;
using SamePage.Core.Values;
using SamePage.Data.Values;

namespace SamePage.Data.Perception;

/// <summary>
/// Factual values from the partner × solution × month rollups: over the last <see cref="WindowMonths"/> months with data,
/// each partner of the segment with at least <see cref="Calibration.MinimumWonDeals"/> won deals gives its observed
/// metrics (for every input whose "actual" names one) and its factual npv (the model calibrated with them).
/// Cost hours are kept as a total in the "other" category (the rollups do not split hours by category).
/// </summary>
public sealed class RollupFactualValueSource(SamePageDbContext db) : IFactualValueSource
{
    public const int WindowMonths = 12;

    public async Task<FactualValues> GetAsync(string solution, string? segment, CancellationToken cancellationToken = default)
    {
        var stored = await new ValueModelStore(db).FindAsync(solution, segment, cancellationToken);
        var compiled = stored is null ? null : ValueModelCompiler.Compile(stored.Document).Model;
        if (stored is null || compiled is null)
        {
            return FactualValues.Empty;
        }

        var solutionId = stored.Entity.SolutionId;
        var scope = segment ?? (stored.Entity.Segment.Length > 0 ? stored.Entity.Segment : null);
        var latest = await db.PartnerSolutionMonths.Where(r => r.SolutionId == solutionId).MaxAsync(r => (DateOnly?)r.Month, cancellationToken);
        if (latest is null)
        {
            return FactualValues.Empty;
        }

        var from = latest.Value.AddMonths(1 - WindowMonths);
        var partners = db.Partners.AsNoTracking().Where(p => scope == null || p.Segment.ToLower() == scope.ToLower());
        var sums = await db.PartnerSolutionMonths.AsNoTracking()
            .Where(r => r.SolutionId == solutionId && r.Month >= from && r.Month <= latest.Value)
            .Join(partners, r => r.PartnerId, p => p.Id, (r, p) => new { r, p.ExternalId })
            .GroupBy(x => x.ExternalId)
            .Select(g => new
            {
                PartnerId = g.Key,
                WonNew = g.Sum(x => x.r.WonNew),
                WonUpsell = g.Sum(x => x.r.WonUpsell),
                WonRenewal = g.Sum(x => x.r.WonRenewal),
                WonRecurring = g.Sum(x => x.r.WonRecurring),
                Lost = g.Sum(x => x.r.LostNewOrUpsell),
                NewCustomers = g.Sum(x => x.r.NewCustomers),
                ProductRevenue = g.Sum(x => x.r.ProductRevenue),
                NewUpsellRevenue = g.Sum(x => x.r.NewOrUpsellProductRevenue),
                MarginIncome = g.Sum(x => x.r.ProductMarginIncome),
                ServicesRevenue = g.Sum(x => x.r.ServicesRevenue),
                RecurringRevenue = g.Sum(x => x.r.RecurringRevenue),
                Seats = g.Sum(x => x.r.SeatsOfNewDeals),
                Certification = g.Sum(x => x.r.CostCertification),
                Training = g.Sum(x => x.r.CostTraining),
                Presales = g.Sum(x => x.r.CostPresales),
                Marketing = g.Sum(x => x.r.CostMarketing),
                Other = g.Sum(x => x.r.CostOther),
                Hours = g.Sum(x => x.r.CostHours),
            })
            .ToListAsync(cancellationToken);

        var inputs = compiled.Inputs.Where(i => i.Actual is not null && i.Likely is not null)
            .Select(i => new CalibrationInput(i.Name, i.Actual!, i.Likely!.Value)).ToList();
        var npv = new Dictionary<string, double>(StringComparer.Ordinal);
        var observed = inputs.ToDictionary(i => i.InputName, _ => new List<double>(), StringComparer.Ordinal);
        foreach (var s in sums.OrderBy(s => s.PartnerId, StringComparer.Ordinal))
        {
            var totals = new ChannelTotals
            {
                WonNew = s.WonNew,
                WonUpsell = s.WonUpsell,
                WonRenewal = s.WonRenewal,
                WonRecurring = s.WonRecurring,
                LostNew = s.Lost,
                NewCustomers = s.NewCustomers,
                ProductRevenue = s.ProductRevenue,
                NewUpsellProductRevenue = s.NewUpsellRevenue,
                MarginIncome = s.MarginIncome,
                ServicesRevenue = s.ServicesRevenue,
                RecurringRevenue = s.RecurringRevenue,
                NewDealSeats = s.Seats,
                Costs = new CostsByCategory(new(s.Certification, 0m), new(s.Training, 0m), new(s.Presales, 0m), new(s.Marketing, 0m), new(s.Other, s.Hours)),
            };
            if (totals.WonDeals < Calibration.MinimumWonDeals)
            {
                continue;
            }

            var metrics = ChannelMetrics.FromTotals(totals, WindowMonths);
            var calibration = Calibration.Calibrate(metrics, totals.WonDeals, inputs);
            foreach (var input in calibration.Calibrated)
            {
                observed[input.Name].Add(input.Observed);
            }

            npv[s.PartnerId] = compiled.Evaluate(calibration.Overrides).Npv;
        }

        return new FactualValues(npv, observed.Where(o => o.Value.Count > 0).ToDictionary(o => o.Key, o => (IReadOnlyList<double>)o.Value, StringComparer.Ordinal));
    }
}
