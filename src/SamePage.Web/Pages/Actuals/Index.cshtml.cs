using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SamePage.Core.Actuals;
using SamePage.Data;
using SamePage.Data.Actuals;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Actuals;

/// <summary>The factual-value dashboard per solution and segment.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = SamePage.Web.Auth.Roles.VendorPolicy)]
public sealed class IndexModel(SamePageDbContext db, ActualsService actuals, SamePage.Data.Values.ValueModelStore models, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Solution { get; set; }
    [BindProperty(SupportsGet = true)] public string? Segment { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public IReadOnlyList<string> Solutions { get; private set; } = [];
    public IReadOnlyList<string> Segments { get; private set; } = [];
    public ActualsReport? Report { get; private set; }
    public string? Error { get; private set; }
    public string ProfitSvg { get; private set; } = "";
    public string NpvSvg { get; private set; } = "";
    public double? TargetProgress { get; private set; }
    public Models.ModelLabels? Labels { get; private set; }

    public string Query => QueryString.Create(new Dictionary<string, string?> { ["solution"] = Solution, ["segment"] = Segment, ["from"] = From, ["to"] = To }
        .Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString().TrimStart('?');

    public IEnumerable<PartnerActuals> Sorted => (Report?.Partners ?? []) switch
    {
        var p when Sort == "name" => p.OrderBy(x => x.Name, StringComparer.CurrentCulture),
        var p when Sort == "npv" => p.OrderByDescending(x => x.FactualNpv ?? double.MinValue),
        var p when Sort == "margin" => p.OrderByDescending(x => x.ProductMarginIncome),
        var p when Sort == "services" => p.OrderByDescending(x => x.ServicesRevenue),
        var p when Sort == "costs" => p.OrderByDescending(x => x.PartnerCosts),
        var p => p.OrderByDescending(x => x.RealizedProfit),
    };

    public string Num(double? value) => value is { } v ? v.ToString(Math.Abs(v) < 10 ? "0.###" : "N0", CultureInfo.CurrentCulture) : "–";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        Segments = await db.Partners.AsNoTracking().Select(p => p.Segment).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
        Solution ??= Solutions.FirstOrDefault();
        if (Solution is null)
        {
            return;
        }
        try
        {
            Report = await actuals.ComputeAsync(new ActualsQuery(Solution)
            {
                Segment = string.IsNullOrEmpty(Segment) ? null : Segment,
                From = Month(From),
                To = Month(To),
            }, cancellationToken);
        }
        catch (ArgumentException e)
        {
            Error = e.Message;
            return;
        }
        if ((await models.FindAsync(Solution, Report.Segment, cancellationToken) ?? await models.FindAsync(Solution, null, cancellationToken)) is { } stored)
        {
            Labels = new Models.ModelLabels(stored.Document);
        }
        var s = Report.Summary;
        if (Report.TargetNpv is { } target && target != 0 && s.FactualNpv is { } npv)
        {
            TargetProgress = (double)npv.Median / target;
        }
        ProfitSvg = ChartStyle.Svg(ActualsCharts.Distribution([.. Report.Partners.Select(p => (double)p.RealizedProfit)], l["Realized profit per partner"], "€",
            (double?)s.RealizedProfit?.P25, (double?)s.RealizedProfit?.Median, (double?)s.RealizedProfit?.P75));
        NpvSvg = ChartStyle.Svg(ActualsCharts.Distribution([.. Report.Partners.Where(p => p.FactualNpv is not null).Select(p => p.FactualNpv!.Value)], l["Factual NPV per partner"], "€",
            (double?)s.FactualNpv?.P25, (double?)s.FactualNpv?.Median, (double?)s.FactualNpv?.P75, Report.TargetNpv, l["Target"]));
    }

    private static YearMonth? Month(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : YearMonth.TryParse(text, out var m) ? m : throw new ArgumentException($"'{text}' is not a month (YYYY-MM).");
}
