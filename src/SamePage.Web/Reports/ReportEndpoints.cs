using SamePage.Web.Auth;

namespace SamePage.Web.Reports;

/// <summary>PDF reports in the API; the UI links to the same routes (cookie or token).</summary>
public static class ReportEndpoints
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        // A partner user asking for another partner's report gets 404: the context does not see that partner.
        reports.MapGet("/partner", async (string partner, string solution, string? lang, PartnerReportService service, CancellationToken cancellationToken) =>
        {
            if (ReportLanguage.Parse(lang) is not { } language)
            {
                return Results.Problem($"Unknown language '{lang}'; use de or en.", statusCode: StatusCodes.Status400BadRequest);
            }
            var pdf = await service.RenderAsync(partner, solution, language, cancellationToken);
            return pdf is null
                ? Results.NotFound()
                : Results.File(pdf, "application/pdf", PartnerReportBatch.FileName(partner, solution, language));
        }).Produces<Stream>(StatusCodes.Status200OK, "application/pdf").OpenToPartners();
        reports.MapGet("/summary", async (string solution, string? segment, string? lang, VendorSummaryReport service, CancellationToken cancellationToken) =>
        {
            if (ReportLanguage.Parse(lang) is not { } language)
            {
                return Results.Problem($"Unknown language '{lang}'; use de or en.", statusCode: StatusCodes.Status400BadRequest);
            }
            var pdf = await service.RenderAsync(solution, segment, language, cancellationToken);
            var name = string.Join('-', new[] { solution, segment }.Where(x => !string.IsNullOrWhiteSpace(x))).Replace(' ', '-');
            return pdf is null ? Results.NotFound() : Results.File(pdf, "application/pdf", $"summary-{name}-{language.Code}.pdf");
        }).RequireAuthorization(Roles.VendorPolicy).Produces<Stream>(StatusCodes.Status200OK, "application/pdf");
    }
}
