using System.Text.Json;
using System.Text.Json.Serialization;
using SamePage.Web.Exports;
using SamePage.Web.Reports;

namespace SamePage.Web.Api;

public static class ApiRoutes
{
    public static void AddSamePageServices(this IServiceCollection services)
    {
        services.AddReports();
        services.AddExportTables();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // A misspelt or unknown field is an error that names it, never silently ignored.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
    }

    public static void MapSamePageApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapSolutionsApi();
        api.MapPartnersApi();
        api.MapValueModelsApi();
        api.MapTargetsApi();
        api.MapActualsApi();
        api.MapImportsApi();
        api.MapReportsApi();
        api.MapExportsApi();
        api.MapTalkApi();
        api.MapCommunicationsApi();
        api.MapSurveysApi();
        api.MapMeasuresApi();
        api.MapPlansApi();
        api.MapParticipantsApi();
        api.MapContributionApi();
    }
}
