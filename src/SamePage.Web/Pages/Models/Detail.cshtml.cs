using SamePage.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Values;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Models;

/// <summary>The business-case page: headline figures and the four charts. Partner users may read it too.</summary>
/// <remarks>Open to partner users too (the fallback policy admits vendor staff only).</remarks>
[Authorize(Policy = Roles.SignedInPolicy)]
public sealed class DetailModel(ValueModelStore store, TargetStore targets, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Title { get; private set; } = "";
    public ValueModelDocument Document { get; private set; } = null!;
    public ModelLabels Labels { get; private set; } = null!;
    public BusinessCase Case { get; private set; } = null!;
    public MonteCarloResult Simulation { get; private set; } = null!;
    public DateOnly? TargetDue { get; private set; }
    public double? TargetNpv { get; private set; }
    public string CashFlowSvg { get; private set; } = "";
    public string WaterfallSvg { get; private set; } = "";
    public string TornadoSvg { get; private set; } = "";
    public string HistogramSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        var model = stored?.Model;
        if (stored is null || model is null)
        {
            return NotFound();
        }
        Id = id;
        Version = stored.Current.Version;
        Document = stored.Document;
        Labels = new ModelLabels(Document);
        Title = $"{stored.SolutionName} · {stored.Entity.Segment}";
        // Partners see the target (and the chance) only when the vendor shared it.
        var target = await targets.VisibleAsync(stored.Entity.SolutionId, stored.Entity.Segment, User.IsInRole(Roles.PartnerUser), cancellationToken);
        TargetDue = target?.DueDate;
        TargetNpv = (double?)target?.FactualNpv;
        Case = model.Evaluate();
        Simulation = TargetStore.Simulate(model, TargetNpv);
        string T(string s) => localizer[s];
        CashFlowSvg = ChartStyle.Svg(ValueCharts.CumulativeCashFlow(Case, T("Cumulative partner cash flow"), T("Month"), T("Payback")));
        WaterfallSvg = ChartStyle.Svg(ValueCharts.DriverWaterfall(Case, T("Driver waterfall"), Labels.Of, T("Net profit")));
        TornadoSvg = ChartStyle.Svg(ValueCharts.Tornado(SensitivityAnalysis.Run(model), T("Sensitivity of NPV"), Labels.Of));
        HistogramSvg = ChartStyle.Svg(ValueCharts.Histogram(Simulation, T("NPV distribution (Monte Carlo)"), T("Target")));
        return Page();
    }
}
