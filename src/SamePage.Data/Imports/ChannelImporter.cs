using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Data.Channel;
using SamePage.Data.Entities;

namespace SamePage.Data.Imports;

/// <summary>
/// Imports partners, deals and partner costs from CSV/XLSX in one pass and one transaction: rows are validated
/// as they stream into the bulk writer; when any row is invalid (without --skip-invalid), or on a dry run,
/// or on any failure, the transaction rolls back and the database is as before. Rollups of the touched
/// partners are kept right in the same transaction (ChannelDataWriter). Re-importing the same file changes nothing.
/// </summary>
public sealed class ChannelImporter(SamePageDbContext db)
{
    /// <summary>Progress in bytes of the file (or rows for .xlsx, where the byte position is unknown).</summary>
    public async Task<ImportOutcome> ImportAsync(ImportKind kind, ImportRequest request, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var partners = await db.Partners.IgnoreQueryFilters().AsNoTracking().Select(p => new { p.ExternalId, p.Id }).ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.Ordinal, cancellationToken);
        var solutionList = await db.Solutions.AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var solutions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in solutionList)
        {
            solutions[s.Name] = s.Id;
            solutions[s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = s.Id;
        }
        // Open (and for .xlsx check the limits of) the file, and check its mapping, before the transaction, so a refused file never holds a lock.
        var opened = await MappedFile.OpenAsync(db, kind.ToString().ToLowerInvariant(), request, cancellationToken);
        using var reader = opened.Reader;
        var options = new ImportOptions
        {
            Culture = opened.Culture,
            References = kind == ImportKind.Partners ? ImportReferences.None : new ImportReferences(partners.ContainsKey, solutions.ContainsKey),
        };
        db.SuppressRowAudit = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var outcome = kind switch
            {
                ImportKind.Partners => await ImportPartnersAsync(reader, request, options, progress, cancellationToken),
                ImportKind.Deals => await ImportChannelRowsAsync(reader, request, ImportSchemas.Deals, options, progress, partners, solutions, cancellationToken),
                _ => await ImportChannelRowsAsync(reader, request, ImportSchemas.Costs, options, progress, partners, solutions, cancellationToken),
            };
            foreach (var note in opened.Notes)
            {
                outcome.Report.AddWarning(new ImportIssue(request.FileName, 1, "", "", note));
            }
            outcome.Report.Skipped = reader.Skipped;
            var keep = !request.DryRun && (request.SkipInvalid || !outcome.Report.HasErrors);
            if (!keep)
            {
                await transaction.RollbackAsync(cancellationToken);
                return outcome with { Committed = false };
            }
            db.AuditEntries.Add(new AuditEntry
            {
                At = DateTimeOffset.UtcNow,
                UserName = db.Actor.UserName,
                Action = "Imported",
                EntityType = kind.ToString(),
                EntityId = request.FileName,
                Changes = System.Text.Json.JsonSerializer.Serialize(new { rows = outcome.Report.RowsRead, outcome.Inserted, outcome.Updated, outcome.Unchanged, outcome.Rejected }),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var touched = outcome.Partners.Select(p => p.Id).ToList();
            var named = await db.Partners.IgnoreQueryFilters().AsNoTracking().Where(p => touched.Contains(p.Id))
                .OrderBy(p => p.Name).Select(p => new TouchedPartner(p.Id, p.ExternalId, p.Name)).ToListAsync(cancellationToken);
            return outcome with { Committed = true, Partners = named };
        }
        finally
        {
            db.SuppressRowAudit = false;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<ImportOutcome> ImportChannelRowsAsync<TRow>(TabularReader reader, ImportRequest request, RowSchema<TRow> schema, ImportOptions options, IProgress<long>? progress,
        Dictionary<string, int> partners, Dictionary<string, int> solutions, CancellationToken cancellationToken)
        where TRow : class
    {
        using var session = ImportSession<TRow>.Open(reader, request.FileName, schema, options);
        using var rejects = request.SkipInvalid && request.RejectsPath is { } path ? RejectsWriter.Create(path, session) : null;
        var report = StartReport(session);
        long rows = 0;
        var touched = new HashSet<int>();
        int Touch(int partnerId)
        {
            if (touched.Count < TouchedPartner.MaxListed)
            {
                touched.Add(partnerId);
            }
            return partnerId;
        }
        IEnumerable<TEntity> Valid<TEntity>(Func<TRow, TEntity?> map) where TEntity : class
        {
            foreach (var row in session.ReadRows())
            {
                report.AddRow(row);
                if (++rows % 10_000 == 0)
                {
                    progress?.Report(session.BytePosition >= 0 ? session.BytePosition : rows);
                }
                if (row.Row is null)
                {
                    rejects?.Write(row);
                    continue;
                }
                if (report.HasErrors && !request.SkipInvalid)
                {
                    // Everything will be rolled back: keep validating, stop writing.
                    continue;
                }
                if (map(row.Row) is { } entity)
                {
                    yield return entity;
                }
            }
        }

        var writer = new ChannelDataWriter(db);
        ChannelDataWriter.UpsertResult result = typeof(TRow) == typeof(DealRow)
            ? await writer.UpsertDealsAsync(Valid(r => { var d = (DealRow)(object)r; return ImportMapping.ToDeal(d, Touch(partners[d.PartnerId]), solutions[d.Solution]); }), null, cancellationToken)
            : await writer.UpsertCostsAsync(Valid(r => { var c = (CostRow)(object)r; return ImportMapping.ToCost(c, Touch(partners[c.PartnerId]), solutions[c.Solution]); }), null, cancellationToken);
        return new ImportOutcome(report, false, result.Inserted, result.Written - result.Inserted, result.Rows - result.Written, report.InvalidRows)
        {
            Partners = [.. touched.Select(id => new TouchedPartner(id, "", ""))],
        };
    }

    /// <summary>A report that already holds the header problems and unknown-column warnings.</summary>
    private static ImportReport StartReport<TRow>(ImportSession<TRow> session)
        where TRow : class
    {
        var report = new ImportReport(session.FileName);
        foreach (var warning in session.Warnings)
        {
            report.AddWarning(warning);
        }
        foreach (var error in session.HeaderErrors)
        {
            report.AddIssue(error);
        }
        return report;
    }

    private async Task<ImportOutcome> ImportPartnersAsync(TabularReader reader, ImportRequest request, ImportOptions options, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var session = ImportSession<PartnerRow>.Open(reader, request.FileName, ImportSchemas.Partners, options);
        using var rejects = request.SkipInvalid && request.RejectsPath is { } path ? RejectsWriter.Create(path, session) : null;
        var existing = await db.Partners.IgnoreQueryFilters().ToDictionaryAsync(p => p.ExternalId, StringComparer.Ordinal, cancellationToken);
        var report = StartReport(session);
        long inserted = 0, updated = 0, unchanged = 0, rows = 0;
        var changes = new List<AuditEntry>();
        var written = new List<Partner>();
        foreach (var row in session.ReadRows())
        {
            report.AddRow(row);
            if (++rows % 1000 == 0)
            {
                progress?.Report(session.BytePosition >= 0 ? session.BytePosition : rows);
            }
            if (row.Row is not { } p)
            {
                rejects?.Write(row);
                continue;
            }
            var type = p.Type;
            if (!existing.TryGetValue(p.ExternalId, out var partner))
            {
                partner = new Partner { ExternalId = p.ExternalId, Name = p.Name, Type = type, CreatedAt = DateTimeOffset.UtcNow };
                existing[p.ExternalId] = partner;
                db.Partners.Add(partner);
                inserted++;
            }
            else if (partner.Id == 0)
            {
                continue;
            }
            else
            {
                var before = (partner.Name, partner.Type, partner.Tier, partner.Country, partner.Region, partner.Segment, partner.CrmId, string.Join("; ", partner.Aliases));
                var after = (p.Name, type, p.Tier ?? partner.Tier, p.Country?.ToUpperInvariant() ?? partner.Country, p.Region ?? partner.Region, p.Segment ?? partner.Segment,
                    p.CrmId ?? partner.CrmId, p.Aliases is { } aliases ? string.Join("; ", aliases) : string.Join("; ", partner.Aliases));
                if (before == after)
                {
                    unchanged++;
                    continue;
                }
                changes.Add(new AuditEntry
                {
                    At = DateTimeOffset.UtcNow, UserName = db.Actor.UserName, Action = "Modified", EntityType = nameof(Partner), EntityId = partner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Changes = System.Text.Json.JsonSerializer.Serialize(new { from = before.ToString(), to = after.ToString(), file = request.FileName, line = row.Line }),
                });
                updated++;
            }
            if (written.Count < TouchedPartner.MaxListed)
            {
                written.Add(partner);
            }
            partner.Name = p.Name;
            partner.Type = type;
            partner.Tier = p.Tier ?? partner.Tier;
            partner.Country = p.Country?.ToUpperInvariant() ?? partner.Country;
            partner.Region = p.Region ?? partner.Region;
            partner.Segment = p.Segment ?? partner.Segment;
            partner.CrmId = p.CrmId ?? partner.CrmId;
            partner.Aliases = p.Aliases is { } given ? [.. given] : partner.Aliases;
        }
        if (!report.HasErrors || request.SkipInvalid)
        {
            db.AuditEntries.AddRange(changes);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new ImportOutcome(report, false, inserted, updated, unchanged, report.InvalidRows)
        {
            Partners = [.. written.Where(p => p.Id != 0).Take(TouchedPartner.MaxListed).Select(p => new TouchedPartner(p.Id, "", ""))],
        };
    }
}
