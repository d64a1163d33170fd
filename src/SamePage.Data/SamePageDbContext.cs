using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SamePage.Data.Entities;

namespace SamePage.Data;

public sealed class SamePageDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    private readonly IActorProvider _actors;

    public SamePageDbContext(DbContextOptions<SamePageDbContext> options, IActorProvider? actors = null)
        : base(options)
    {
        _actors = actors ?? new FixedActor(RequestActor.System);
    }

    public RequestActor Actor => _actors.Current;

    // Read by the query filters at every query, so the actor is the one of the moment, not of construction.
    private bool Restricted => Actor.IsPartnerUser;
    private int ScopePartnerId => Actor.PartnerId ?? -1;

    public DbSet<VendorSettings> VendorSettings => Set<VendorSettings>();
    public DbSet<Solution> Solutions => Set<Solution>();
    public DbSet<SolutionSegment> SolutionSegments => Set<SolutionSegment>();
    public DbSet<DriverLibraryEntry> DriverLibraryEntries => Set<DriverLibraryEntry>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<ValueModel> ValueModels => Set<ValueModel>();
    public DbSet<ValueModelVersion> ValueModelVersions => Set<ValueModelVersion>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<PartnerCost> PartnerCosts => Set<PartnerCost>();
    public DbSet<PartnerSolutionMonth> PartnerSolutionMonths => Set<PartnerSolutionMonth>();
    public DbSet<RepeatNewCustomerMonth> RepeatNewCustomerMonths => Set<RepeatNewCustomerMonth>();
    public DbSet<SurveyWave> SurveyWaves => Set<SurveyWave>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<Communication> Communications => Set<Communication>();
    public DbSet<TalkCorrection> TalkCorrections => Set<TalkCorrection>();
    public DbSet<TalkModelVersion> TalkModelVersions => Set<TalkModelVersion>();
    public DbSet<FeatureMapping> FeatureMappings => Set<FeatureMapping>();
    public DbSet<Instrument> Instruments => Set<Instrument>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<DriverOwnership> DriverOwnerships => Set<DriverOwnership>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportMappingVersion> ImportMappingVersions => Set<ImportMappingVersion>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SamePageDbContext).Assembly);

        // Partner isolation: the one enforced mechanism. Every entity that carries partner data is filtered
        // to the current partner user's partner; vendor roles see all.
        builder.Entity<Partner>().HasQueryFilter(p => !Restricted || p.Id == ScopePartnerId);
        builder.Entity<Deal>().HasQueryFilter(d => !Restricted || d.PartnerId == ScopePartnerId);
        builder.Entity<PartnerCost>().HasQueryFilter(c => !Restricted || c.PartnerId == ScopePartnerId);
        builder.Entity<PartnerSolutionMonth>().HasQueryFilter(r => !Restricted || r.PartnerId == ScopePartnerId);
        builder.Entity<RepeatNewCustomerMonth>().HasQueryFilter(r => !Restricted || r.PartnerId == ScopePartnerId);
        builder.Entity<SurveyResponse>().HasQueryFilter(r => !Restricted || r.PartnerId == ScopePartnerId);
        builder.Entity<AppUser>().HasQueryFilter(u => !Restricted || u.PartnerId == ScopePartnerId);
        builder.Entity<AuditEntry>().HasQueryFilter(a => !Restricted);
        builder.Entity<ImportMappingVersion>().HasQueryFilter(m => !Restricted);
        builder.Entity<TalkModelVersion>().HasQueryFilter(m => !Restricted);
        builder.Entity<PersonalAccessToken>().HasQueryFilter(t => !Restricted || t.User!.PartnerId == ScopePartnerId);
        // Value models and targets are the vendor's business cases per segment: a partner user sees the solution-wide
        // ones and those of its own partner's segment.
        builder.Entity<ValueModel>().HasQueryFilter(m => !Restricted || m.Segment == "" || Set<Partner>().Any(p => p.Id == ScopePartnerId && p.Segment == m.Segment));
        builder.Entity<ValueModelVersion>().HasQueryFilter(v => !Restricted || Set<ValueModel>().Any(m => m.Id == v.ValueModelId));
        builder.Entity<Target>().HasQueryFilter(t => !Restricted || t.Segment == "" || Set<Partner>().Any(p => p.Id == ScopePartnerId && p.Segment == t.Segment));

        if (IsSqlite)
        {
            // SQLite has no DateTimeOffset type that sorts; store UTC ticks so ordering and ranges work.
            foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
            {
                if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
                {
                    property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
                }
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    /// <summary>When set, writes are not audited row by row (bulk imports write one summary entry instead).</summary>
    public bool SuppressRowAudit { get; set; }

    /// <summary>Audit entries of rows added in the current save whose ids the database assigns (filled in after the save).</summary>
    internal List<(AuditEntry Audit, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry Entry)> PendingAuditKeys { get; } = [];
}
