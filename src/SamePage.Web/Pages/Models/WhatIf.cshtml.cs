using SamePage.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Values;
using Microsoft.Extensions.Localization;
using SamePage.Data.Values;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Models;

/// <remarks>Open to partner users too (the fallback policy admits vendor staff only).</remarks>
[Authorize(Policy = Roles.SignedInPolicy)]
public sealed class WhatIfModel(ValueModelStore store, IStringLocalizer<SharedResource> l) : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public double? Target { get; private set; }
    public ModelLabels Labels { get; private set; } = null!;
    public IReadOnlyList<ModelInput> Ranged { get; private set; } = [];

    public string Num(double? value) => (value ?? 0).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>About 100 slider steps across the range.</summary>
    public string Step(ModelInput input)
    {
        var span = (input.High ?? 0) - (input.Low ?? 0);
        var step = span <= 0 ? 1 : Math.Pow(10, Math.Floor(Math.Log10(span / 100)));
        return step.ToString("R", CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }
        Id = id;
        Title = $"{stored.SolutionName} · {stored.Entity.Segment}";
        Target = stored.Document.Target?.Npv;
        Labels = new ModelLabels(stored.Document);
        Ranged = [.. stored.Document.Inputs.Where(i => i.HasRange)];
        return Page();
    }

    /// <summary>
    /// One request per slider move: the figures and the cash-flow chart of one evaluation, with the run API's override rule
    /// (an unknown input or a malformed value is a 400 that names it).
    /// </summary>
    public async Task<IActionResult> OnGetRunAsync(int id, string[]? set, CancellationToken cancellationToken)
    {
        var model = (await store.GetAsync(id, cancellationToken))?.Model;
        if (model is null)
        {
            return NotFound();
        }
        try
        {
            var result = model.Evaluate(ValueModelOverrides.Parse(model, set));
            var report = ValueModelReports.ToRunReport(result);
            var chart = ChartStyle.Svg(ValueCharts.CumulativeCashFlow(result, l["Cumulative partner cash flow"], l["Month"], l["Payback"]));
            return new JsonResult(new { report.Npv, report.PaybackMonth, report.NetProfit, chart });
        }
        catch (Exception e) when (e is ArgumentException or ValueModelEvaluationException)
        {
            return BadRequest(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Detail = e.Message });
        }
    }
}
