using SamePage.Web.Charts;

namespace SamePage.Web.Reports;

/// <summary>Turns one partner's figures into the business-talk report: realized value, business case, own figures, peers, sections.</summary>
public static class PartnerReportComposer
{
    public static ReportDocument Compose(PartnerReportInput input, ReportLanguage l, IEnumerable<ReportSectionContent> sections)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(l);
        var plan = input.Plan;
        var a = input.Actuals;
        var months = input.Window?.Months ?? 12;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(l.T("p.intro", plan.Solution, months, plan.Model?.HorizonMonths ?? 36)),
        };

        blocks.Add(new HeadingBlock(l.T("p.h.realized", months)));
        if (a is null)
        {
            blocks.Add(new ParagraphBlock(l.T("p.none", plan.Solution)));
        }
        else
        {
            blocks.Add(new KpiBlock(
            [
                new(l.Money(a.RealizedProfit), l.T("p.kpi.profit"), a.RealizedProfit >= 0),
                new(l.Money(a.ProductMarginIncome), l.T("p.kpi.margin")),
                new(l.Money(a.ServicesRevenue), l.T("p.kpi.services")),
                new(l.Money(a.PartnerCosts), l.T("p.kpi.costs")),
            ]));
            var totals = a.Metrics.Totals;
            blocks.Add(new ParagraphBlock(string.Join(" ",
                l.T("p.margin", months, l.Money(a.ProductMarginIncome), l.Money(totals.ProductRevenue)),
                l.T("p.services", plan.Solution, l.Money(a.ServicesRevenue), l.Percent((double)plan.ServicesGrossMargin), l.Money(a.ServicesRevenue * plan.ServicesGrossMargin)),
                l.T("p.costs", l.Money(a.PartnerCosts), l.Number((double)a.Metrics.Costs.TotalHours)),
                a.RealizedProfit >= 0 ? l.T("p.profit.positive", l.Money(a.RealizedProfit)) : l.T("p.profit.negative", l.Money(a.RealizedProfit)))));
            blocks.Add(new ParagraphBlock(a.Metrics.WinRate is { } winRate
                ? l.T("p.deals", input.WonDeals, totals.NewCustomers, l.Number((double)a.Metrics.DealsPerMonth), l.Percent((double)winRate))
                : l.T("p.deals.nowinrate", input.WonDeals, totals.NewCustomers, l.Number((double)a.Metrics.DealsPerMonth))));
            if (input.Months.Count > 0)
            {
                blocks.Add(new HeadingBlock(l.T("p.h.monthly")));
                blocks.Add(new ParagraphBlock(l.T("p.monthly")));
                var chart = l.InCulture(() => ChartStyle.Jpeg(ActualsCharts.MonthlyValue([.. input.Months.Select(m => (m.Month, m.Margin, m.ServicesProfit, m.Costs))],
                    l.T("chart.monthly"), l.T("chart.margin"), l.T("chart.services"), l.T("chart.costs"), l.T("chart.profit")), ReportCharts.Width, ReportCharts.Height));
                blocks.Add(new ImageBlock(chart, ReportCharts.Aspect));
            }
        }

        if (plan.Planned is { } planned)
        {
            blocks.Add(new HeadingBlock(l.T("p.h.plan", plan.Solution)));
            var sentences = new List<string>
            {
                l.T("p.plan", plan.Model!.HorizonMonths, l.Money(planned.Npv), l.Money(planned.TotalBenefit), l.Money(planned.TotalCost), l.Money(planned.TotalInvestment)),
                planned.PaybackMonth is { } payback ? l.T("p.payback", payback) : l.T("p.nopayback", plan.Model.HorizonMonths),
            };
            if (planned.Roi is { } roi && double.IsFinite(roi))
            {
                sentences.Add(l.T("p.roi", l.Number(roi)));
            }
            if (planned.ServicesMultiplier is { } multiplier && double.IsFinite(multiplier))
            {
                sentences.Add(l.T("p.multiplier", l.Number(multiplier)));
            }
            if (plan.TargetNpv is { } target && plan.Simulation?.ProbabilityAboveTarget is { } chance)
            {
                sentences.Add(plan.TargetDue is { } due
                    ? l.T("p.target", l.Money(target), l.Date(due), l.Percent(chance))
                    : l.T("p.target.nodate", l.Money(target), l.Percent(chance)));
            }
            blocks.Add(new ParagraphBlock(string.Join(" ", sentences)));
            var (cashFlow, waterfall) = plan.Charts(l);
            blocks.Add(new ImageBlock(cashFlow, ReportCharts.Aspect));
            blocks.Add(new ImageBlock(waterfall, ReportCharts.TallAspect));

            blocks.Add(new HeadingBlock(l.T("p.h.factual")));
            if (a is { FactualNpv: { } factual } && a.CalibratedInputs.Count > 0)
            {
                var gap = factual - planned.Npv;
                blocks.Add(new KpiBlock(
                [
                    new(l.Money(factual), l.T("p.kpi.factual"), factual >= planned.Npv),
                    new(l.Money(planned.Npv), l.T("p.kpi.planned")),
                ]));
                blocks.Add(new ParagraphBlock(l.T(gap >= 0 ? "p.factual.above" : "p.factual.below", l.Money(factual), l.Money(Math.Abs(gap)), l.Money(planned.Npv))
                    + " " + l.T("p.factual.table")));
                blocks.Add(new TableBlock(new ReportTable(
                    [l.T("col.assumption"), l.T("col.planned"), l.T("col.yours"), l.T("col.difference")],
                    [.. a.CalibratedInputs.Select(c => (IReadOnlyList<string>)
                    [
                        plan.Label(c.Name, l), l.Number(c.Planned), l.Number(c.Observed),
                        c.Planned == 0 ? "–" : l.SignedPercent((c.Observed - c.Planned) / c.Planned),
                    ])],
                    [false, true, true, true])));
            }
            else
            {
                blocks.Add(new ParagraphBlock(l.T("p.factual.fewdeals", l.Money(a?.FactualNpv ?? planned.Npv))));
            }
        }
        else
        {
            blocks.Add(new ParagraphBlock(l.T("p.nomodel", plan.Solution)));
        }

        blocks.Add(new HeadingBlock(l.T("p.h.peers")));
        if (plan.Peers is { RealizedProfit: { } peerProfit } peers)
        {
            var sentences = new List<string>
            {
                l.T("p.peers", peers.Partners, l.Money(peerProfit.Median), l.Money(peerProfit.P25), l.Money(peerProfit.P75), l.Percent((double)(peers.ProfitableShare ?? 0)), plan.Solution),
            };
            if (peers.FactualNpv is { } peerNpv)
            {
                sentences.Add(l.T("p.peers.npv", l.Money(peerNpv.Median)));
            }
            if (a is not null)
            {
                var own = a.RealizedProfit;
                var key = own >= peerProfit.P75 ? "p.peers.top" : own >= peerProfit.Median ? "p.peers.above" : own >= peerProfit.P25 ? "p.peers.below" : "p.peers.bottom";
                sentences.Add(l.T(key, l.Money(own)));
            }
            blocks.Add(new ParagraphBlock(string.Join(" ", sentences)));
        }
        else
        {
            blocks.Add(new ParagraphBlock(l.T("p.peers.none", plan.AnonymityThreshold)));
        }

        foreach (var section in sections)
        {
            blocks.AddRange(section.Blocks());
        }

        var date = l.Date(input.Date);
        return new ReportDocument(
            l.T("p.title", plan.Solution),
            l.T("p.subtitle", input.PartnerName, plan.Segment, date, input.PartnerExternalId),
            l.T("p.footer", plan.Vendor, input.PartnerName, date),
            blocks);
    }
}
