using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Values;
using SamePage.Data.Values;
using SamePage.Data.Queries;

namespace SamePage.Data.Actuals;

/// <summary>
/// Factual value per partner × solution over a window, computed from the monthly rollups (never raw deals),
/// through the context's partner filter, and the factual business case: the solution's value model for the
/// partner's segment with each input whose `actual` names a metric replaced by the partner's observed value
/// (only with at least 3 won deals in the window).
/// </summary>
public sealed class ActualsService(SamePageDbContext db, ValueModelStore models, TargetStore targets)
{
    public const int DefaultWindowMonths = 12;

    public async Task<ActualsReport> ComputeAsync(ActualsQuery query, CancellationToken cancellationToken = default)
    {
        var solution = await db.FindSolutionAsync(query.Solution, cancellationToken)
            ?? throw new ArgumentException($"No solution '{query.Solution}'.");
        var window = await WindowAsync(solution.Id, query, cancellationToken);
        if (window is null)
        {
            return new ActualsReport(solution.Name, query.Segment, null, [], ActualsSummary.From([]), [], null, null, new Dictionary<string, int>());
        }
        var first = new DateOnly(window.From.Year, window.From.Month, 1);
        var last = new DateOnly(window.To.Year, window.To.Month, 1);
        var rollups = db.PartnerSolutionMonths.AsNoTracking().Where(r => r.SolutionId == solution.Id && r.Month >= first && r.Month <= last);
        var partners = db.Partners.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Segment))
        {
            partners = partners.Where(p => p.Segment == query.Segment);
        }
        if (!string.IsNullOrWhiteSpace(query.PartnerExternalId))
        {
            partners = partners.Where(p => p.ExternalId == query.PartnerExternalId);
        }
        // One row per partner, summed in the database. Money is summed as double (SQLite keeps decimals as text)
        // and rounded back to cents; the figures are for display and statistics.
        var sums = await rollups.Join(partners, r => r.PartnerId, p => p.Id, (r, p) => new { r, p.ExternalId, p.Name, p.Segment })
            .GroupBy(x => new { x.r.PartnerId, x.ExternalId, x.Name, x.Segment })
            .Select(g => new
            {
                g.Key.PartnerId, g.Key.ExternalId, g.Key.Name, g.Key.Segment,
                WonNew = g.Sum(x => x.r.WonNew), WonUpsell = g.Sum(x => x.r.WonUpsell), WonRenewal = g.Sum(x => x.r.WonRenewal), WonRecurring = g.Sum(x => x.r.WonRecurring),
                Lost = g.Sum(x => x.r.LostNewOrUpsell), NewCustomers = g.Sum(x => x.r.NewCustomers), Seats = g.Sum(x => x.r.SeatsOfNewDeals),
                ProductRevenue = g.Sum(x => (double)x.r.ProductRevenue), NewOrUpsell = g.Sum(x => (double)x.r.NewOrUpsellProductRevenue),
                Margin = g.Sum(x => (double)x.r.ProductMarginIncome), Services = g.Sum(x => (double)x.r.ServicesRevenue), Recurring = g.Sum(x => (double)x.r.RecurringRevenue),
                CertA = g.Sum(x => (double)x.r.CostCertification), TrainA = g.Sum(x => (double)x.r.CostTraining), PreA = g.Sum(x => (double)x.r.CostPresales),
                MarA = g.Sum(x => (double)x.r.CostMarketing), OthA = g.Sum(x => (double)x.r.CostOther),
                CertH = g.Sum(x => (double)x.r.HoursCertification), TrainH = g.Sum(x => (double)x.r.HoursTraining), PreH = g.Sum(x => (double)x.r.HoursPresales),
                MarH = g.Sum(x => (double)x.r.HoursMarketing), OthH = g.Sum(x => (double)x.r.HoursOther),
            })
            .ToListAsync(cancellationToken);

        // Rollups count a customer in the month of its first won new deal; add the customers whose first one lies before
        // the window and who won another new deal inside it (docs/decisions/0005).
        var repeats = db.RepeatNewCustomerMonths.AsNoTracking().Where(r => r.SolutionId == solution.Id);
        var returning = await repeats
            .Where(r => r.Month >= first && r.Month <= last && repeats.Any(e => e.PartnerId == r.PartnerId && e.CustomerId == r.CustomerId && e.Month < first))
            .Select(r => new { r.PartnerId, r.CustomerId }).Distinct()
            .GroupBy(r => r.PartnerId).Select(g => new { PartnerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.PartnerId, r => r.Count, cancellationToken);

        var compiled = new Dictionary<string, (CompiledValueModel Model, List<CalibrationInput> Inputs)?>(StringComparer.OrdinalIgnoreCase);
        async Task<(CompiledValueModel Model, List<CalibrationInput> Inputs)?> ModelFor(string segment)
        {
            if (!compiled.TryGetValue(segment, out var entry))
            {
                var stored = await models.FindAsync(solution.Name, segment.Length == 0 ? null : segment, cancellationToken)
                    ?? await models.FindAsync(solution.Name, null, cancellationToken);
                var model = stored?.Model;
                entry = model is null ? null : (model, [.. model.Inputs.Where(i => i.Actual is not null && i.Likely is not null).Select(i => new CalibrationInput(i.Name, i.Actual!, i.Likely!.Value))]);
                compiled[segment] = entry;
            }
            return entry;
        }

        var results = new List<PartnerActuals>(sums.Count);
        var wonDeals = new Dictionary<string, int>(sums.Count);
        foreach (var s in sums.OrderBy(s => s.Name, StringComparer.CurrentCulture))
        {
            var totals = new ChannelTotals
            {
                WonNew = s.WonNew, WonUpsell = s.WonUpsell, WonRenewal = s.WonRenewal, WonRecurring = s.WonRecurring, LostNew = s.Lost,
                ProductRevenue = Money(s.ProductRevenue), NewUpsellProductRevenue = Money(s.NewOrUpsell), MarginIncome = Money(s.Margin),
                ServicesRevenue = Money(s.Services), RecurringRevenue = Money(s.Recurring), NewDealSeats = s.Seats, NewCustomers = s.NewCustomers + returning.GetValueOrDefault(s.PartnerId),
                Costs = new CostsByCategory(new(Money(s.CertA), Money(s.CertH)), new(Money(s.TrainA), Money(s.TrainH)), new(Money(s.PreA), Money(s.PreH)),
                    new(Money(s.MarA), Money(s.MarH)), new(Money(s.OthA), Money(s.OthH))),
            };
            var metrics = ChannelMetrics.FromTotals(totals, window.Months);
            var actuals = PartnerActuals.From(s.ExternalId, s.Name, metrics, solution.ServicesGrossMargin);
            wonDeals[s.ExternalId] = totals.WonDeals;
            if (await ModelFor(s.Segment) is { } m)
            {
                var calibration = Calibration.Calibrate(metrics, totals.WonDeals, m.Inputs);
                try
                {
                    actuals = actuals with { FactualNpv = Math.Round(m.Model.Evaluate(calibration.Overrides).Npv, 2), CalibratedInputs = calibration.Calibrated };
                }
                catch (ValueModelEvaluationException)
                {
                    // Observed values the model cannot evaluate (e.g. a division by zero) leave the factual npv empty.
                }
            }
            results.Add(actuals);
        }

        var segmentModel = await ModelFor(query.Segment ?? "");
        var inputs = segmentModel is { } sm
            ? sm.Inputs.Select(i =>
            {
                var observed = results.SelectMany(r => r.CalibratedInputs.Where(c => c.Name == i.InputName).Select(c => (decimal)c.Observed)).ToList();
                var quartiles = Quantiles.Quartiles(observed);
                return new InputComparison(i.InputName, i.ActualMetric, i.Planned, (double?)quartiles?.Median, (double?)quartiles?.P25, (double?)quartiles?.P75, observed.Count);
            }).ToList()
            : [];
        var target = await targets.CurrentAsync(solution.Id, query.Segment ?? "", cancellationToken);
        return new ActualsReport(solution.Name, query.Segment, window, results, ActualsSummary.From(results), inputs,
            segmentModel?.Model.Evaluate().Npv, (double?)target?.FactualNpv, wonDeals);
    }

    private static decimal Money(double value) => Math.Round((decimal)value, 2);

    /// <summary>The given window, or the last 12 months up to the latest month with data for the solution.</summary>
    private async Task<MonthWindow?> WindowAsync(int solutionId, ActualsQuery query, CancellationToken cancellationToken)
    {
        var to = query.To;
        if (to is null)
        {
            var latest = await db.PartnerSolutionMonths.AsNoTracking().Where(r => r.SolutionId == solutionId).MaxAsync(r => (DateOnly?)r.Month, cancellationToken);
            if (latest is null)
            {
                return null;
            }
            to = YearMonth.FromDate(latest.Value);
        }
        var from = query.From ?? YearMonth.FromIndex(to.Value.Index - (DefaultWindowMonths - 1));
        if (from > to)
        {
            throw new ArgumentException($"--from {from} is after --to {to}.");
        }
        return new MonthWindow(from, to.Value);
    }
}
