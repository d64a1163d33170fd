namespace SamePage.Core.Actuals;

/// <summary>
/// The rollup of one partner × solution × calendar month: everything the metrics need, so reads never scan raw deals.
/// Every field is additive across deals and months (the database adds a deal's contribution and subtracts the old one
/// on update) except <see cref="NewCustomers"/>, the distinct customers with a won new deal in this month, which the
/// database maintains from its <see cref="NewCustomerMonth"/> rows. Sums are over won deals unless named Lost.
/// </summary>
public sealed record PartnerSolutionMonth
{
    public required string PartnerId { get; init; }

    public required string Solution { get; init; }

    public required YearMonth Month { get; init; }

    public int WonNew { get; init; }

    public int WonUpsell { get; init; }

    public int WonRenewal { get; init; }

    public int WonRecurring { get; init; }

    public int LostNew { get; init; }

    public int LostUpsell { get; init; }

    public int LostRenewal { get; init; }

    public int LostRecurring { get; init; }

    /// <summary>Σ productRevenue of won deals of every type.</summary>
    public decimal ProductRevenue { get; init; }

    /// <summary>Σ productRevenue of won new and upsell deals.</summary>
    public decimal NewUpsellProductRevenue { get; init; }

    /// <summary>Σ productRevenue × partnerMargin of won deals of every type.</summary>
    public decimal MarginIncome { get; init; }

    /// <summary>Σ servicesRevenue of won deals of every type.</summary>
    public decimal ServicesRevenue { get; init; }

    /// <summary>Σ productRevenue of won recurring rows.</summary>
    public decimal RecurringRevenue { get; init; }

    /// <summary>Σ seats of won new deals.</summary>
    public long NewDealSeats { get; init; }

    /// <summary>Distinct customerId with a won new deal in this month (not additive across months).</summary>
    public int NewCustomers { get; init; }

    public CostsByCategory Costs { get; init; } = CostsByCategory.Zero;

    public int WonDeals => WonNew + WonUpsell + WonRenewal + WonRecurring;

    /// <summary>
    /// The additive contribution of one deal to its month (<see cref="NewCustomers"/> stays 0: distinct customers are
    /// counted from <see cref="NewCustomerMonth"/> rows).
    /// </summary>
    public static PartnerSolutionMonth ForDeal(DealRow deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var won = deal.IsWon;
        var empty = new PartnerSolutionMonth { PartnerId = deal.PartnerId, Solution = deal.Solution, Month = deal.Month };
        if (!won)
        {
            return deal.Type switch
            {
                DealType.New => empty with { LostNew = 1 },
                DealType.Upsell => empty with { LostUpsell = 1 },
                DealType.Renewal => empty with { LostRenewal = 1 },
                _ => empty with { LostRecurring = 1 },
            };
        }

        var sums = empty with
        {
            ProductRevenue = deal.ProductRevenue,
            MarginIncome = deal.ProductRevenue * deal.PartnerMargin,
            ServicesRevenue = deal.ServicesRevenue,
            NewUpsellProductRevenue = deal.IsNewOrUpsell ? deal.ProductRevenue : 0m,
        };
        return deal.Type switch
        {
            DealType.New => sums with { WonNew = 1, NewDealSeats = deal.Seats },
            DealType.Upsell => sums with { WonUpsell = 1 },
            DealType.Renewal => sums with { WonRenewal = 1 },
            _ => sums with { WonRecurring = 1, RecurringRevenue = deal.ProductRevenue },
        };
    }

    /// <summary>The additive contribution of one cost row to its month.</summary>
    public static PartnerSolutionMonth ForCost(CostRow cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return new PartnerSolutionMonth
        {
            PartnerId = cost.PartnerId,
            Solution = cost.Solution,
            Month = cost.Month,
            Costs = CostsByCategory.Zero.Add(cost.Category, new CostTotal(cost.Amount, cost.Hours ?? 0m)),
        };
    }

    /// <summary>Adds a contribution of the same partner × solution × month (an inserted deal or cost).</summary>
    public PartnerSolutionMonth Plus(PartnerSolutionMonth other) => Combine(other, 1);

    /// <summary>Removes a contribution of the same partner × solution × month (the old version of an updated deal or cost).</summary>
    public PartnerSolutionMonth Minus(PartnerSolutionMonth other) => Combine(other, -1);

    private PartnerSolutionMonth Combine(PartnerSolutionMonth other, int sign)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.PartnerId != PartnerId || other.Solution != Solution || other.Month != Month)
        {
            throw new ArgumentException($"Cannot combine {other.PartnerId}/{other.Solution}/{other.Month} into {PartnerId}/{Solution}/{Month}.", nameof(other));
        }

        return this with
        {
            WonNew = WonNew + (sign * other.WonNew),
            WonUpsell = WonUpsell + (sign * other.WonUpsell),
            WonRenewal = WonRenewal + (sign * other.WonRenewal),
            WonRecurring = WonRecurring + (sign * other.WonRecurring),
            LostNew = LostNew + (sign * other.LostNew),
            LostUpsell = LostUpsell + (sign * other.LostUpsell),
            LostRenewal = LostRenewal + (sign * other.LostRenewal),
            LostRecurring = LostRecurring + (sign * other.LostRecurring),
            ProductRevenue = ProductRevenue + (sign * other.ProductRevenue),
            NewUpsellProductRevenue = NewUpsellProductRevenue + (sign * other.NewUpsellProductRevenue),
            MarginIncome = MarginIncome + (sign * other.MarginIncome),
            ServicesRevenue = ServicesRevenue + (sign * other.ServicesRevenue),
            RecurringRevenue = RecurringRevenue + (sign * other.RecurringRevenue),
            NewDealSeats = NewDealSeats + (sign * other.NewDealSeats),
            NewCustomers = NewCustomers + (sign * other.NewCustomers),
            Costs = sign > 0 ? Costs + other.Costs : Costs - other.Costs,
        };
    }
}
