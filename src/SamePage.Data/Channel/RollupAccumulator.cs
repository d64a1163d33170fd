using System.IO.Hashing;
using System.Runtime.InteropServices;
using SamePage.Data.Entities;
using CostCategory = SamePage.Core.Actuals.CostCategory;
using DealStatus = SamePage.Core.Actuals.DealStatus;
using DealType = SamePage.Core.Actuals.DealType;

namespace SamePage.Data.Channel;

/// <summary>
/// Adds up the partner × solution × month rollups of rows as they stream past, with the same definitions as
/// <see cref="RollupBuilder"/>'s SQL. Used for an initial load, when no earlier deal or cost can change the sums:
/// NewCustomers then counts each customer in the month of its first won new deal among the loaded rows, and customers
/// with won new deals in several months are listed for the repeat table. Customers are remembered by a 128-bit hash of
/// their id (as <c>ExternalIdSet</c> does), so memory grows with customers, not rows.
/// </summary>
internal sealed class RollupAccumulator
{
    private readonly Dictionary<(int Partner, int Solution, DateOnly Month), PartnerSolutionMonth> _months = [];
    private readonly Dictionary<(int Partner, int Solution, UInt128 Customer), NewDeals> _newDeals = [];
    private readonly HashSet<(int Partner, int Solution, string Customer, DateOnly Month)> _repeatMonths = [];

    /// <summary>A customer's first won new deal, the month of the one seen first, and whether it won new deals in other months.</summary>
    private struct NewDeals
    {
        public DateOnly First;
        public DateOnly SeenMonth;
        public bool Repeat;
    }

    public void Add(Deal deal)
    {
        var month = MonthOf(deal.PartnerId, deal.SolutionId, deal.Date);
        if (deal.Status != DealStatus.Won)
        {
            if (deal.Type is DealType.New or DealType.Upsell)
            {
                month.LostNewOrUpsell++;
            }
            return;
        }
        month.ProductRevenue += deal.ProductRevenue;
        month.ProductMarginIncome += deal.ProductRevenue * deal.PartnerMargin;
        month.ServicesRevenue += deal.ServicesRevenue;
        switch (deal.Type)
        {
            case DealType.New:
                month.WonNew++;
                month.NewOrUpsellProductRevenue += deal.ProductRevenue;
                month.SeatsOfNewDeals += deal.Seats;
                AddNewDeal(deal);
                break;
            case DealType.Upsell:
                month.WonUpsell++;
                month.NewOrUpsellProductRevenue += deal.ProductRevenue;
                break;
            case DealType.Renewal:
                month.WonRenewal++;
                break;
            default:
                month.WonRecurring++;
                month.RecurringRevenue += deal.ProductRevenue;
                break;
        }
    }

    private void AddNewDeal(Deal deal)
    {
        var customer = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(deal.CustomerId.AsSpan()));
        var month = new DateOnly(deal.Date.Year, deal.Date.Month, 1);
        ref var deals = ref CollectionsMarshal.GetValueRefOrAddDefault(_newDeals, (deal.PartnerId, deal.SolutionId, customer), out var seen);
        if (!seen)
        {
            deals = new NewDeals { First = deal.Date, SeenMonth = month };
            return;
        }
        if (deal.Date < deals.First)
        {
            deals.First = deal.Date;
        }
        if (deals.Repeat || month != deals.SeenMonth)
        {
            if (!deals.Repeat)
            {
                deals.Repeat = true;
                _repeatMonths.Add((deal.PartnerId, deal.SolutionId, deal.CustomerId, deals.SeenMonth));
            }
            _repeatMonths.Add((deal.PartnerId, deal.SolutionId, deal.CustomerId, month));
        }
    }

    public void Add(PartnerCost cost)
    {
        var month = MonthOf(cost.PartnerId, cost.SolutionId, cost.Date);
        var hours = cost.Hours ?? 0m;
        switch (cost.Category)
        {
            case CostCategory.Certification:
                month.CostCertification += cost.Amount;
                month.HoursCertification += hours;
                break;
            case CostCategory.Training:
                month.CostTraining += cost.Amount;
                month.HoursTraining += hours;
                break;
            case CostCategory.Presales:
                month.CostPresales += cost.Amount;
                month.HoursPresales += hours;
                break;
            case CostCategory.Marketing:
                month.CostMarketing += cost.Amount;
                month.HoursMarketing += hours;
                break;
            default:
                month.CostOther += cost.Amount;
                month.HoursOther += hours;
                break;
        }
    }

    /// <summary>The rollups in key order (index-friendly), with NewCustomers counted.</summary>
    public List<PartnerSolutionMonth> Months()
    {
        foreach (var ((partner, solution, _), deals) in _newDeals)
        {
            MonthOf(partner, solution, deals.First).NewCustomers++;
        }
        _newDeals.Clear();
        var months = _months.Values.ToList();
        foreach (var month in months)
        {
            // The column holds 4 decimals; round as PostgreSQL's numeric does.
            month.ProductMarginIncome = Math.Round(month.ProductMarginIncome, 4, MidpointRounding.AwayFromZero);
        }
        months.Sort(static (a, b) => (a.PartnerId, a.SolutionId, a.Month).CompareTo((b.PartnerId, b.SolutionId, b.Month)));
        return months;
    }

    /// <summary>Every month with a won new deal of the customers that won new deals in more than one month.</summary>
    public List<RepeatNewCustomerMonth> RepeatMonths() =>
        [.. _repeatMonths.Select(r => new RepeatNewCustomerMonth { PartnerId = r.Partner, SolutionId = r.Solution, CustomerId = r.Customer, Month = r.Month })];

    private PartnerSolutionMonth MonthOf(int partnerId, int solutionId, DateOnly date)
    {
        var key = (partnerId, solutionId, new DateOnly(date.Year, date.Month, 1));
        ref var month = ref CollectionsMarshal.GetValueRefOrAddDefault(_months, key, out _);
        month ??= new PartnerSolutionMonth { PartnerId = partnerId, SolutionId = solutionId, Month = key.Item3 };
        return month;
    }
}
