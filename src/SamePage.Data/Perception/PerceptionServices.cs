using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SamePage.Core.Perception;

namespace SamePage.Data.Perception;

public static class PerceptionServices
{
    /// <summary>
    /// Surveys and perception results. The factual value comes from <see cref="ActualsFactualValueSource"/> (needs <see cref="Actuals.ActualsService"/>) unless an
    /// <see cref="IFactualValueSource"/> was registered before this call.
    /// </summary>
    public static IServiceCollection AddSamePagePerception(this IServiceCollection services)
    {
        services.TryAddScoped<IFactualValueSource, ActualsFactualValueSource>();
        services.AddScoped<SurveyService>();
        services.AddScoped<PerceptionResults>();
        return services;
    }
}
