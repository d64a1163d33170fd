using SamePage.Web.Exports;
using SamePage.Web.Reports;

namespace SamePage.Web.Api;

public static class ApiRoutes
{
    public static void MapSamePageApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapSolutionsApi();
        api.MapPartnersApi();
        api.MapValueModelsApi();
        api.MapValueModelTemplatesApi();
        api.MapDriverLibraryApi();
        api.MapTargetsApi();
        api.MapActualsApi();
        api.MapImportsApi();
        api.MapImportMappingsApi();
        api.MapReportsApi();
        api.MapExportsApi();
        api.MapTalkApi();
        api.MapCommunicationsApi();
        api.MapSurveysApi();
        api.MapMeasuresApi();
        api.MapPlansApi();
        api.MapParticipantsApi();
        api.MapContributionApi();
        api.MapTokensApi();
    }
}
