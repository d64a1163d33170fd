using SamePage.Core.Actuals;

namespace SamePage.Web.Reports;

/// <summary>Realized value of one month: margin income, services gross profit and partner costs.</summary>
public sealed record MonthlyValue(DateOnly Month, double Margin, double ServicesProfit, double Costs);

/// <summary>Everything a partner report shows about one partner; the shared pieces are in <see cref="Plan"/>.</summary>
public sealed record PartnerReportInput(
    string PartnerExternalId,
    string PartnerName,
    ReportPlan Plan,
    MonthWindow? Window,
    PartnerActuals? Actuals,
    int WonDeals,
    IReadOnlyList<MonthlyValue> Months,
    DateOnly Date);
