using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Actuals;

namespace SamePage.Web.Reports;

/// <summary>The outcome of a batch: files written, the time it took, and the part of it spent reading the shared data.</summary>
public sealed record PartnerReportBatchResult(int Reports, IReadOnlyList<string> Files, TimeSpan Elapsed, TimeSpan Setup)
{
    public double MillisecondsPerReport => Reports == 0 ? 0 : Elapsed.TotalMilliseconds / Reports;
}

/// <summary>
/// Partner reports for every partner of a solution (optionally one segment), for vendor roles (CLI, jobs).
/// The data is read once: the actuals of all partners in one pass, the months of all partners in one query,
/// one plan (model, simulation, plan charts, peers) per segment. Rendering then runs on one worker per core;
/// each worker has its own service scope, so report sections get their own DbContext.
/// </summary>
public sealed class PartnerReportBatch(IServiceScopeFactory scopes)
{
    public async Task<PartnerReportBatchResult> RenderAllAsync(string solution, string? segment, ReportLanguage language, string outputDirectory,
        Action<int, int>? progress = null, int? workers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(language);
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(outputDirectory);
        var jobs = new List<PartnerReportInput>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<SamePageDbContext>();
            var solutionRow = await PartnerReportService.FindSolutionAsync(db, solution, cancellationToken)
                ?? throw new ArgumentException($"No solution '{solution}'.");
            var actuals = await services.GetRequiredService<ActualsService>()
                .ComputeAsync(new ActualsQuery(solutionRow.Name) { Segment = string.IsNullOrWhiteSpace(segment) ? null : segment }, cancellationToken);
            var query = db.Partners.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(segment))
            {
                query = query.Where(p => p.Segment == segment);
            }
            // Every partner of the solution: those with deals or costs in the window.
            var ids = actuals.Partners.Select(p => p.PartnerId).ToHashSet(StringComparer.Ordinal);
            var partners = (await query.Select(p => new { p.Id, p.ExternalId, p.Name, p.Segment }).ToListAsync(cancellationToken))
                .Where(p => ids.Contains(p.ExternalId)).OrderBy(p => p.ExternalId, StringComparer.Ordinal).ToList();
            var months = actuals.Window is null ? [] : await PartnerReportService.MonthsAsync(db, solutionRow, actuals.Window, null, cancellationToken);
            var service = services.GetRequiredService<PartnerReportService>();
            var plans = new Dictionary<string, ReportPlan>(StringComparer.Ordinal);
            foreach (var s in partners.Select(p => p.Segment).Distinct())
            {
                plans[s] = await service.PlanAsync(solutionRow, s, cancellationToken);
            }
            var byId = actuals.Partners.ToDictionary(p => p.PartnerId, StringComparer.Ordinal);
            var today = PartnerReportService.Today();
            jobs.AddRange(partners.Select(p => new PartnerReportInput(p.ExternalId, p.Name, plans[p.Segment], actuals.Window, byId[p.ExternalId],
                actuals.WonDeals.GetValueOrDefault(p.ExternalId), months.GetValueOrDefault(p.Id) ?? [], today)));
        }

        var setup = clock.Elapsed;
        var files = new string[jobs.Count];
        var next = -1;
        var done = 0;
        progress?.Invoke(0, jobs.Count);
        var count = Math.Clamp(workers ?? Environment.ProcessorCount, 1, Math.Max(1, jobs.Count));
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var sections = scope.ServiceProvider.GetServices<IReportSection>().ToList();
            int index;
            while ((index = Interlocked.Increment(ref next)) < jobs.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var job = jobs[index];
                var built = await ReportSections.BuildAsync(sections,
                    new ReportSectionRequest(ReportKinds.Partner, job.Plan.Solution, job.Plan.Segment, job.PartnerExternalId, language) { FactualNpv = job.Actuals?.FactualNpv }, cancellationToken);
                var pdf = PdfReportWriter.Write(PartnerReportComposer.Compose(job, language, built));
                var path = Path.Combine(outputDirectory, FileName(job.PartnerExternalId, job.Plan.Solution, language));
                await File.WriteAllBytesAsync(path, pdf, cancellationToken);
                files[index] = path;
                progress?.Invoke(Interlocked.Increment(ref done), jobs.Count);
            }
        }, cancellationToken)));
        return new PartnerReportBatchResult(jobs.Count, files, clock.Elapsed, setup);
    }

    /// <summary>"P00001-nordlicht-backup-en.pdf": partner, solution and language, with characters unsafe in file names replaced.</summary>
    public static string FileName(string externalId, string solution, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(language);
        return $"{Safe(externalId)}-{Safe(solution).ToLowerInvariant()}-{language.Code}.pdf";
    }

    private static string Safe(string text)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. text.Select(c => invalid.Contains(c) || c is '.' or ' ' ? '-' : c)]);
    }
}
