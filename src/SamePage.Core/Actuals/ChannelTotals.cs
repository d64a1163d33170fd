namespace SamePage.Core.Actuals;

/// <summary>
/// The sums and counts of one partner × solution over a window: the same fields as <see cref="PartnerSolutionMonth"/>
/// added over the window's months, with <see cref="NewCustomers"/> the distinct customers with a won new deal in the window.
/// </summary>
public sealed record ChannelTotals
{
    public int WonNew { get; init; }

    public int WonUpsell { get; init; }

    public int WonRenewal { get; init; }

    public int WonRecurring { get; init; }

    public int LostNew { get; init; }

    public int LostUpsell { get; init; }

    public int LostRenewal { get; init; }

    public int LostRecurring { get; init; }

    public decimal ProductRevenue { get; init; }

    public decimal NewUpsellProductRevenue { get; init; }

    public decimal MarginIncome { get; init; }

    public decimal ServicesRevenue { get; init; }

    public decimal RecurringRevenue { get; init; }

    public long NewDealSeats { get; init; }

    public int NewCustomers { get; init; }

    public CostsByCategory Costs { get; init; } = CostsByCategory.Zero;

    /// <summary>Won deals of every type: the count the calibration rule (at least 3) looks at.</summary>
    public int WonDeals => WonNew + WonUpsell + WonRenewal + WonRecurring;

    public int WonNewOrUpsell => WonNew + WonUpsell;

    public int LostNewOrUpsell => LostNew + LostUpsell;

    /// <summary>
    /// Adds the rollups of the months inside the window. Distinct new customers: <paramref name="distinctNewCustomers"/>
    /// when the caller counted them exactly (<see cref="NewCustomerMonth.CountDistinct"/> or the same query in SQL);
    /// when null, the sum of the months' distinct counts, which is exact as long as no customer wins new deals with the
    /// partner for the solution in two different months of the window, and otherwise counts such a customer once per month.
    /// </summary>
    public static ChannelTotals FromRollups(IEnumerable<PartnerSolutionMonth> months, MonthWindow window, int? distinctNewCustomers = null)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(window);
        var sum = new ChannelTotals();
        var newCustomerSum = 0;
        foreach (var m in months)
        {
            if (!window.Contains(m.Month))
            {
                continue;
            }

            newCustomerSum += m.NewCustomers;
            sum = sum with
            {
                WonNew = sum.WonNew + m.WonNew,
                WonUpsell = sum.WonUpsell + m.WonUpsell,
                WonRenewal = sum.WonRenewal + m.WonRenewal,
                WonRecurring = sum.WonRecurring + m.WonRecurring,
                LostNew = sum.LostNew + m.LostNew,
                LostUpsell = sum.LostUpsell + m.LostUpsell,
                LostRenewal = sum.LostRenewal + m.LostRenewal,
                LostRecurring = sum.LostRecurring + m.LostRecurring,
                ProductRevenue = sum.ProductRevenue + m.ProductRevenue,
                NewUpsellProductRevenue = sum.NewUpsellProductRevenue + m.NewUpsellProductRevenue,
                MarginIncome = sum.MarginIncome + m.MarginIncome,
                ServicesRevenue = sum.ServicesRevenue + m.ServicesRevenue,
                RecurringRevenue = sum.RecurringRevenue + m.RecurringRevenue,
                NewDealSeats = sum.NewDealSeats + m.NewDealSeats,
                Costs = sum.Costs + m.Costs,
            };
        }

        return sum with { NewCustomers = distinctNewCustomers ?? newCustomerSum };
    }

    /// <summary>
    /// The totals straight from raw rows: the deals and costs of <paramref name="partnerId"/> × <paramref name="solution"/>
    /// (compared exactly) dated inside the window; distinct new customers counted exactly.
    /// </summary>
    public static ChannelTotals FromDeals(string partnerId, string solution, MonthWindow window, IEnumerable<DealRow> deals, IEnumerable<CostRow> costs)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(costs);
        int wonNew = 0, wonUpsell = 0, wonRenewal = 0, wonRecurring = 0, lostNew = 0, lostUpsell = 0, lostRenewal = 0, lostRecurring = 0;
        decimal productRevenue = 0m, newUpsellRevenue = 0m, marginIncome = 0m, services = 0m, recurring = 0m;
        long seats = 0;
        var customers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in deals)
        {
            if (d.PartnerId != partnerId || d.Solution != solution || !window.Contains(d.Date))
            {
                continue;
            }

            if (d.Status == DealStatus.Lost)
            {
                switch (d.Type)
                {
                    case DealType.New: lostNew++; break;
                    case DealType.Upsell: lostUpsell++; break;
                    case DealType.Renewal: lostRenewal++; break;
                    default: lostRecurring++; break;
                }

                continue;
            }

            productRevenue += d.ProductRevenue;
            marginIncome += d.ProductRevenue * d.PartnerMargin;
            services += d.ServicesRevenue;
            switch (d.Type)
            {
                case DealType.New:
                    wonNew++;
                    newUpsellRevenue += d.ProductRevenue;
                    seats += d.Seats;
                    customers.Add(d.CustomerId);
                    break;
                case DealType.Upsell:
                    wonUpsell++;
                    newUpsellRevenue += d.ProductRevenue;
                    break;
                case DealType.Renewal:
                    wonRenewal++;
                    break;
                default:
                    wonRecurring++;
                    recurring += d.ProductRevenue;
                    break;
            }
        }

        var costTotals = CostsByCategory.Zero;
        foreach (var c in costs)
        {
            if (c.PartnerId == partnerId && c.Solution == solution && window.Contains(c.Date))
            {
                costTotals = costTotals.Add(c.Category, new CostTotal(c.Amount, c.Hours ?? 0m));
            }
        }

        return new ChannelTotals
        {
            WonNew = wonNew,
            WonUpsell = wonUpsell,
            WonRenewal = wonRenewal,
            WonRecurring = wonRecurring,
            LostNew = lostNew,
            LostUpsell = lostUpsell,
            LostRenewal = lostRenewal,
            LostRecurring = lostRecurring,
            ProductRevenue = productRevenue,
            NewUpsellProductRevenue = newUpsellRevenue,
            MarginIncome = marginIncome,
            ServicesRevenue = services,
            RecurringRevenue = recurring,
            NewDealSeats = seats,
            NewCustomers = customers.Count,
            Costs = costTotals,
        };
    }
}
