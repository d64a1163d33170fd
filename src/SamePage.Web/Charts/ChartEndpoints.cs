using System.Globalization;
using Microsoft.Extensions.Localization;
using SamePage.Core.Values;
using SamePage.Data.Values;
using SamePage.Web.Pages.Models;

using SamePage.Web.Auth;

namespace SamePage.Web.Charts;

/// <summary>Charts as SVG for pages that redraw them (the what-if view).</summary>
public static class ChartEndpoints
{
    public static void MapCharts(this IEndpointRouteBuilder app)
    {
        var charts = app.MapGroup("/charts").ExcludeFromDescription();
        charts.MapGet("/models/{id:int}/cashflow.svg", async (int id, string[]? set, ValueModelStore store, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var stored = await store.GetAsync(id, ct);
            var model = stored?.Model;
            if (model is null)
            {
                return Results.NotFound();
            }
            var overrides = new Dictionary<string, double>();
            foreach (var pair in set ?? [])
            {
                var parts = pair.Split('=', 2);
                if (parts.Length == 2 && model.InputIndex(parts[0]) >= 0 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    overrides[parts[0]] = value;
                }
            }
            try
            {
                var plot = ValueCharts.CumulativeCashFlow(model.Evaluate(overrides), l["Cumulative partner cash flow"], l["Month"], l["Payback"]);
                return Results.Text(ChartStyle.Svg(plot), "image/svg+xml");
            }
            catch (ValueModelEvaluationException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        }).OpenToPartners();
    }
}
