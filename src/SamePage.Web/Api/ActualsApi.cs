using Microsoft.AspNetCore.Http.HttpResults;
using SamePage.Core.Actuals;
using SamePage.Data.Actuals;
using SamePage.Data.Queries;

using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record ActualsPage(IReadOnlyList<PartnerActuals> Items, int Total, ActualsSummary Summary, IReadOnlyList<InputComparison> Inputs, string? Window);

public static class ActualsApi
{
    public static void MapActualsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/actuals", GetAsync).WithTags("Factual value").OpenToPartners();
    }

    private static async Task<Results<Ok<ActualsPage>, ProblemHttpResult>> GetAsync(
        string solution, string? segment, string? partner, string? from, string? to, ActualsService actuals,
        int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (!TryMonth(from, out var fromMonth) || !TryMonth(to, out var toMonth))
        {
            return TypedResults.Problem("from and to are months: YYYY-MM.", statusCode: StatusCodes.Status400BadRequest);
        }
        var report = await actuals.ComputeAsync(new ActualsQuery(solution) { Segment = segment, PartnerExternalId = partner, From = fromMonth, To = toMonth }, cancellationToken);
        var request = new PageRequest(page, pageSize);
        var items = report.Partners.Skip(request.Skip).Take(request.SafeSize).ToList();
        return TypedResults.Ok(new ActualsPage(items, report.Partners.Count, report.Summary, report.Inputs, report.Window?.ToString()));
    }

    private static bool TryMonth(string? text, out YearMonth? month)
    {
        month = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (YearMonth.TryParse(text, out var parsed))
        {
            month = parsed;
            return true;
        }
        return false;
    }
}
