using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SamePage.Data.Actuals;
using SamePage.Data.Demo;
using SamePage.Data.Entities;
using SamePage.Data.Imports;
using SamePage.Data.Perception;
using SamePage.Data.Planning;
using SamePage.Data.Talk;
using SamePage.Data.Values;

namespace SamePage.Data;

/// <summary>The composition root of the data layer: the context, the accounts and every data service, for the web app, the CLI and tests.</summary>
public static class DataServices
{
    /// <summary>
    /// Registers everything that reads or writes the database. Who is asking comes from an <see cref="IActorProvider"/>
    /// registered before this call (the web app's request user); without one, the system actor (CLI, jobs).
    /// </summary>
    public static IServiceCollection AddSamePageData(this IServiceCollection services, DatabaseTarget database)
    {
        services.TryAddSingleton(database);
        services.TryAddScoped<IActorProvider>(_ => new FixedActor(RequestActor.System));
        services.AddDbContext<SamePageDbContext>(o => SamePageDatabase.Configure(o, database));

        // Stateless nodes: keys live in the database so any node can read any node's cookies and tokens (docs/decisions/0006).
        services.AddDataProtection().SetApplicationName("SamePage").PersistKeysToDbContext<SamePageDbContext>();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SamePageDbContext>()
            .AddDefaultTokenProviders();

        services.AddScoped<ValueModelStore>();
        services.AddScoped<TargetStore>();
        services.AddScoped<DriverLibraryStore>();
        services.AddScoped<SamePage.Data.Solutions.SolutionService>();
        services.AddScoped<ChannelImporter>();
        services.AddScoped<ImportMappingStore>();
        services.AddScoped<MappingPreview>();
        services.AddScoped<ActualsService>();
        services.AddScoped<PeerBenchmarks>();
        services.AddScoped<MeasureService>();
        services.AddScoped<MeasureCsvImport>();
        services.AddScoped<ParticipantService>();
        services.AddScoped<PlanningService>();
        services.AddScoped<ContributionService>();
        services.AddScoped<TargetTrajectoryService>();
        services.AddScoped<IPerceivedBaselineSource, SurveyPerceivedBaseline>();
        services.AddScoped<TalkService>();
        services.AddScoped<CommunicationDigest>();
        services.AddSamePagePerception();

        services.AddImportKinds();

        // The demo's parts, in load order.
        services.AddScoped<DemoLoader>();
        services.AddScoped<IDemoPart, DemoModelsPart>();
        services.AddScoped<IDemoPart, DemoSurveysPart>();
        services.AddScoped<IDemoPart, DemoMeasuresPart>();
        services.AddScoped<IDemoPart, DemoCommunicationsPart>();
        return services;
    }
}
