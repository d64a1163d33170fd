namespace SamePage.Data.Entities;

/// <summary>
/// Rollup of deals and partner costs per partner × solution × calendar month, maintained in the
/// import transaction so that factual-value reads never scan raw deals.
/// </summary>
public sealed class PartnerSolutionMonth
{
    public int PartnerId { get; set; }
    public int SolutionId { get; set; }
    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }
    public int WonNew { get; set; }
    public int WonUpsell { get; set; }
    public int WonRenewal { get; set; }
    public int WonRecurring { get; set; }
    public int LostNewOrUpsell { get; set; }
    /// <summary>Distinct customers whose first won new deal (per partner and solution) falls in this month.</summary>
    public int NewCustomers { get; set; }
    public decimal ProductRevenue { get; set; }
    public decimal NewOrUpsellProductRevenue { get; set; }
    public decimal ProductMarginIncome { get; set; }
    public decimal ServicesRevenue { get; set; }
    public decimal RecurringRevenue { get; set; }
    public long SeatsOfNewDeals { get; set; }
    public decimal CostCertification { get; set; }
    public decimal CostTraining { get; set; }
    public decimal CostPresales { get; set; }
    public decimal CostMarketing { get; set; }
    public decimal CostOther { get; set; }
    public decimal HoursCertification { get; set; }
    public decimal HoursTraining { get; set; }
    public decimal HoursPresales { get; set; }
    public decimal HoursMarketing { get; set; }
    public decimal HoursOther { get; set; }
}
