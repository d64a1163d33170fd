using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SamePage.Data.Entities;

namespace SamePage.Data;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.HasIndex(p => p.ExternalId).IsUnique();
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => new { p.Type, p.Tier, p.Country });
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CrmId).HasMaxLength(Core.FieldLimits.Name);
        builder.HasIndex(p => p.CrmId);
    }
}

internal sealed class SolutionConfiguration : IEntityTypeConfiguration<Solution>
{
    public void Configure(EntityTypeBuilder<Solution> builder)
    {
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.HasMany(s => s.Segments).WithOne().HasForeignKey(s => s.SolutionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DriverLibraryEntryConfiguration : IEntityTypeConfiguration<DriverLibraryEntry>
{
    public void Configure(EntityTypeBuilder<DriverLibraryEntry> builder)
    {
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.Key).HasMaxLength(64);
    }
}

internal sealed class SolutionSegmentConfiguration : IEntityTypeConfiguration<SolutionSegment>
{
    public void Configure(EntityTypeBuilder<SolutionSegment> builder)
    {
        builder.HasIndex(s => new { s.SolutionId, s.Name }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(Core.FieldLimits.Name);
    }
}

internal sealed class ImportMappingVersionConfiguration : IEntityTypeConfiguration<ImportMappingVersion>
{
    public void Configure(EntityTypeBuilder<ImportMappingVersion> builder)
    {
        builder.HasIndex(m => new { m.Name, m.Version }).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(80);
        builder.Property(m => m.Kind).HasMaxLength(40);
    }
}

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        // Bulk-loaded table read only through rollups: just the unique key and the partner foreign key (with its index).
        // SolutionId is checked by the importer; one more index here halves import speed (docs/performance.md).
        builder.HasIndex(d => d.ExternalId).IsUnique();
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(12);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(8);
        builder.HasOne<Partner>().WithMany().HasForeignKey(d => d.PartnerId);
    }
}

internal sealed class PartnerCostConfiguration : IEntityTypeConfiguration<PartnerCost>
{
    public void Configure(EntityTypeBuilder<PartnerCost> builder)
    {
        builder.HasIndex(c => c.ExternalId).IsUnique();
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId);
    }
}

internal sealed class PartnerSolutionMonthConfiguration : IEntityTypeConfiguration<PartnerSolutionMonth>
{
    public void Configure(EntityTypeBuilder<PartnerSolutionMonth> builder)
    {
        builder.HasKey(r => new { r.PartnerId, r.SolutionId, r.Month });
        builder.HasIndex(r => new { r.SolutionId, r.Month });
        builder.HasOne<Partner>().WithMany().HasForeignKey(r => r.PartnerId);
        builder.HasOne<Solution>().WithMany().HasForeignKey(r => r.SolutionId);
    }
}

internal sealed class RepeatNewCustomerMonthConfiguration : IEntityTypeConfiguration<RepeatNewCustomerMonth>
{
    public void Configure(EntityTypeBuilder<RepeatNewCustomerMonth> builder)
    {
        builder.HasKey(r => new { r.PartnerId, r.SolutionId, r.CustomerId, r.Month });
        builder.HasIndex(r => new { r.SolutionId, r.Month });
        builder.HasOne<Partner>().WithMany().HasForeignKey(r => r.PartnerId);
        builder.HasOne<Solution>().WithMany().HasForeignKey(r => r.SolutionId);
    }
}

internal sealed class ValueModelConfiguration : IEntityTypeConfiguration<ValueModel>
{
    public void Configure(EntityTypeBuilder<ValueModel> builder)
    {
        builder.HasIndex(m => new { m.SolutionId, m.Segment }).IsUnique();
        builder.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.ValueModelId);
    }
}

internal sealed class ValueModelVersionConfiguration : IEntityTypeConfiguration<ValueModelVersion>
{
    public void Configure(EntityTypeBuilder<ValueModelVersion> builder)
    {
        builder.HasIndex(v => new { v.ValueModelId, v.Version }).IsUnique();
    }
}

internal sealed class SurveyWaveConfiguration : IEntityTypeConfiguration<SurveyWave>
{
    public void Configure(EntityTypeBuilder<SurveyWave> builder)
    {
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasIndex(r => new { r.WaveId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.WaveId, r.ExternalId }).IsUnique();
        builder.HasIndex(r => r.PartnerId);
        builder.HasOne<Partner>().WithMany().HasForeignKey(r => r.PartnerId);
    }
}

internal sealed class CommunicationConfiguration : IEntityTypeConfiguration<Communication>
{
    public void Configure(EntityTypeBuilder<Communication> builder)
    {
        builder.HasIndex(c => c.Date);
    }
}

internal sealed class TalkCorrectionConfiguration : IEntityTypeConfiguration<TalkCorrection>
{
    public void Configure(EntityTypeBuilder<TalkCorrection> builder)
    {
    }
}

internal sealed class FeatureMappingConfiguration : IEntityTypeConfiguration<FeatureMapping>
{
    public void Configure(EntityTypeBuilder<FeatureMapping> builder)
    {
        builder.Property(m => m.Feature).HasMaxLength(200);
        builder.Property(m => m.DriverName).HasMaxLength(100);
        builder.HasIndex(m => new { m.SolutionId, m.Feature }).IsUnique();
    }
}

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(12);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(a => a.At);
    }
}
