using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Planning;
using SamePage.Core.Values;
using SamePage.Data.Entities;
using SamePage.Data.Values;
using SamePage.Data.Queries;

namespace SamePage.Data.Planning;

/// <summary>
/// The register of measures: list, read, create, update, delete and status changes, with validation of names, costs,
/// dates, effects (through <see cref="MeasureEffectsJson"/> and against the inputs of the solution's value models) and
/// of dependencies and exclusions between measures of the same solution.
/// </summary>
public sealed class MeasureService(SamePageDbContext db, ValueModelStore models)
{
    private IQueryable<Measure> Query() =>
        db.Measures.AsNoTracking().Include(m => m.Instrument).Include(m => m.Owner).Include(m => m.Solution);

    /// <summary>All measures, optionally of one solution (name or id), ordered by solution and name.</summary>
    public async Task<IReadOnlyList<MeasureView>> ListAsync(string? solution = null, CancellationToken cancellationToken = default)
    {
        var query = Query();
        if (!string.IsNullOrWhiteSpace(solution))
        {
            var id = await SolutionIdAsync(solution, cancellationToken) ?? throw new ArgumentException($"No solution '{solution}'.");
            query = query.Where(m => m.SolutionId == id);
        }
        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows.Select(MeasureView.From).OrderBy(m => m.Solution, StringComparer.CurrentCulture).ThenBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    public async Task<MeasureView?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        await Query().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } m ? MeasureView.From(m) : null;

    /// <exception cref="MeasureValidationException">The input is invalid.</exception>
    public async Task<MeasureView> CreateAsync(MeasureInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var measure = new Measure { Name = "" };
        await ApplyAsync(measure, input, isNew: true, cancellationToken);
        db.Measures.Add(measure);
        await db.SaveChangesAsync(cancellationToken);
        return (await GetAsync(measure.Id, cancellationToken))!;
    }

    /// <summary>Changes the given fields; null fields keep their value. Null when there is no such measure.</summary>
    /// <exception cref="MeasureValidationException">The input is invalid.</exception>
    public async Task<MeasureView?> UpdateAsync(int id, MeasureInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measure is null)
        {
            return null;
        }
        await ApplyAsync(measure, input, isNew: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<MeasureView?> SetStatusAsync(int id, MeasureStatus status, CancellationToken cancellationToken = default)
    {
        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measure is null)
        {
            return null;
        }
        measure.Status = status;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Deletes a measure and removes it from the dependencies and exclusions of the others.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measure is null)
        {
            return false;
        }
        var others = await db.Measures.Where(m => m.SolutionId == measure.SolutionId && m.Id != id).ToListAsync(cancellationToken);
        foreach (var other in others.Where(o => o.DependsOn.Contains(id) || o.Excludes.Contains(id)))
        {
            other.DependsOn = [.. other.DependsOn.Where(d => d != id)];
            other.Excludes = [.. other.Excludes.Where(d => d != id)];
        }
        db.Measures.Remove(measure);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Checks an input as <see cref="CreateAsync"/> (existing = null) or <see cref="UpdateAsync"/> would, without saving;
    /// returns the errors per field (empty when valid).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(MeasureInput input, Measure? existing, CancellationToken cancellationToken = default)
    {
        var (errors, _) = await CheckAsync(input, existing, cancellationToken);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>The instrument names (the editable list).</summary>
    public async Task<IReadOnlyList<string>> InstrumentsAsync(CancellationToken cancellationToken = default) =>
        await db.Instruments.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Name).ToListAsync(cancellationToken);

    internal async Task<int?> SolutionIdAsync(string solution, CancellationToken cancellationToken)
    {
        var text = solution.Trim();
        return await db.Solutions.AsNoTracking().NamedOrNumbered(text).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task ApplyAsync(Measure measure, MeasureInput input, bool isNew, CancellationToken cancellationToken)
    {
        var (errors, resolved) = await CheckAsync(input, isNew ? null : measure, cancellationToken);
        if (errors.Count > 0)
        {
            throw new MeasureValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        measure.Name = input.Name?.Trim() ?? measure.Name;
        measure.Description = input.Description ?? measure.Description;
        measure.InstrumentId = resolved.InstrumentId ?? measure.InstrumentId;
        if (input.Owner is not null)
        {
            measure.OwnerId = resolved.OwnerId;
        }
        measure.SolutionId = resolved.SolutionId ?? measure.SolutionId;
        measure.Segments = input.Segments is null ? measure.Segments : [.. input.Segments.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        measure.CostOneOff = input.CostOneOff ?? measure.CostOneOff;
        measure.CostPerMonth = input.CostPerMonth ?? measure.CostPerMonth;
        measure.StartDate = input.StartDate ?? measure.StartDate;
        measure.EndDate = input.EndDate ?? measure.EndDate;
        measure.Status = input.Status ?? measure.Status;
        measure.EffectsJson = resolved.Effects is null ? measure.EffectsJson : MeasureEffectsJson.Write(resolved.Effects);
        measure.DependsOn = input.DependsOn is null ? measure.DependsOn : [.. input.DependsOn.Distinct()];
        measure.Excludes = input.Excludes is null ? measure.Excludes : [.. input.Excludes.Distinct()];
    }

    private sealed record Resolved(int? InstrumentId, int? OwnerId, int? SolutionId, IReadOnlyList<MeasureEffect>? Effects);

    private async Task<(Dictionary<string, List<string>> Errors, Resolved Resolved)> CheckAsync(MeasureInput input, Measure? existing, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        var isNew = existing is null;
        if (isNew ? string.IsNullOrWhiteSpace(input.Name) : input.Name is not null && input.Name.Trim().Length == 0)
        {
            Fail("name", "Required.");
        }
        else if (input.Name is { Length: > Core.FieldLimits.Name })
        {
            Fail("name", "At most 200 characters.");
        }

        int? instrumentId = null;
        if (input.Instrument is not null || isNew)
        {
            var name = input.Instrument?.Trim() ?? "";
            instrumentId = name.Length == 0 ? null : await db.Instruments.AsNoTracking()
                .Where(i => i.Name.ToLower() == name.ToLower() || i.Id.ToString() == name).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
            if (instrumentId is null)
            {
                var known = string.Join(", ", await InstrumentsAsync(cancellationToken));
                Fail("instrument", name.Length == 0 ? $"Required; one of: {known}." : $"Unknown instrument '{name}'; one of: {known}.");
            }
        }

        int? ownerId = null;
        if (!string.IsNullOrWhiteSpace(input.Owner))
        {
            var name = input.Owner.Trim();
            ownerId = await db.Participants.AsNoTracking().Where(p => p.Name.ToLower() == name.ToLower() || p.Id.ToString() == name).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (ownerId is null)
            {
                Fail("owner", $"Unknown participant '{name}'.");
            }
        }

        int? solutionId = existing?.SolutionId;
        if (input.Solution is not null || isNew)
        {
            solutionId = string.IsNullOrWhiteSpace(input.Solution) ? null : await SolutionIdAsync(input.Solution, cancellationToken);
            if (solutionId is null)
            {
                Fail("solution", string.IsNullOrWhiteSpace(input.Solution) ? "Required." : $"No solution '{input.Solution}'.");
            }
        }

        if (input.CostOneOff is < 0)
        {
            Fail("costOneOff", "Cannot be negative.");
        }
        if (input.CostPerMonth is < 0)
        {
            Fail("costPerMonth", "Cannot be negative.");
        }
        if (isNew && input.StartDate is null)
        {
            Fail("startDate", "Required (YYYY-MM-DD).");
        }
        if (isNew && input.EndDate is null)
        {
            Fail("endDate", "Required (YYYY-MM-DD).");
        }
        var start = input.StartDate ?? existing?.StartDate;
        var end = input.EndDate ?? existing?.EndDate;
        if (start is { } s && end is { } e && e < s)
        {
            Fail("endDate", $"The end ({e:yyyy-MM-dd}) is before the start ({s:yyyy-MM-dd}).");
        }

        IReadOnlyList<MeasureEffect>? effects = null;
        if (input.EffectsJson is not null)
        {
            try
            {
                effects = MeasureEffectsJson.Parse(input.EffectsJson);
            }
            catch (FormatException ex)
            {
                Fail("effects", ex.Message);
            }
        }
        var segments = input.Segments ?? existing?.Segments ?? [];
        var effectsToCheck = effects ?? (existing is null ? [] : MeasureEffectsJson.Parse(existing.EffectsJson));
        if (solutionId is { } sid && effectsToCheck.Count > 0 && (effects is not null || input.Solution is not null || input.Segments is not null))
        {
            foreach (var problem in await InputProblemsAsync(sid, segments, effectsToCheck, cancellationToken))
            {
                Fail(problem.Field, problem.Message);
            }
        }

        if (solutionId is { } solution)
        {
            await CheckLinksAsync("dependsOn", input.DependsOn, existing?.Id, solution, Fail, cancellationToken);
            await CheckLinksAsync("excludes", input.Excludes, existing?.Id, solution, Fail, cancellationToken);
            var depends = input.DependsOn ?? existing?.DependsOn ?? [];
            var excludes = input.Excludes ?? existing?.Excludes ?? [];
            foreach (var both in depends.Intersect(excludes))
            {
                Fail("excludes", $"Measure {both} is both a dependency and an exclusion.");
            }
        }

        return (errors, new Resolved(instrumentId, ownerId, solutionId, effects));
    }

    private async Task CheckLinksAsync(string field, IReadOnlyList<int>? ids, int? self, int solutionId, Action<string, string> fail, CancellationToken cancellationToken)
    {
        if (ids is null || ids.Count == 0)
        {
            return;
        }
        if (self is { } me && ids.Contains(me))
        {
            fail(field, "A measure cannot refer to itself.");
        }
        var wanted = ids.Where(i => i != self).Distinct().ToList();
        var found = await db.Measures.AsNoTracking().Where(m => wanted.Contains(m.Id)).Select(m => new { m.Id, m.SolutionId }).ToListAsync(cancellationToken);
        foreach (var id in wanted)
        {
            var match = found.FirstOrDefault(f => f.Id == id);
            if (match is null)
            {
                fail(field, $"No measure {id}.");
            }
            else if (match.SolutionId != solutionId)
            {
                fail(field, $"Measure {id} belongs to another solution.");
            }
        }
    }

    /// <summary>Effects whose input the solution's value models (for the measure's segments, or all of them) do not have.</summary>
    private async Task<IReadOnlyList<(string Field, string Message)>> InputProblemsAsync(int solutionId, IReadOnlyList<string> segments, IReadOnlyList<MeasureEffect> effects, CancellationToken cancellationToken)
    {
        var all = (await models.ListAsync(cancellationToken)).Where(m => m.Entity.SolutionId == solutionId).ToList();
        if (all.Count == 0)
        {
            return [("effects", "The solution has no value model yet; add one before giving effects.")];
        }
        var chosen = segments.Count == 0
            ? all
            : [.. segments.Select(s => all.FirstOrDefault(m => string.Equals(m.Entity.Segment, s, StringComparison.OrdinalIgnoreCase)) ?? all.FirstOrDefault(m => m.Entity.Segment.Length == 0)).OfType<StoredValueModel>().Distinct()];
        var problems = new List<(string, string)>();
        if (chosen.Count == 0)
        {
            problems.Add(("segments", $"The solution has no value model for {string.Join(", ", segments)}; its models are for: {string.Join(", ", all.Select(m => m.Entity.Segment.Length == 0 ? "all segments" : m.Entity.Segment))}."));
            return problems;
        }
        for (var i = 0; i < effects.Count; i++)
        {
            foreach (var model in chosen)
            {
                var inputs = model.Document.Inputs.Select(x => x.Name).ToHashSet(StringComparer.Ordinal);
                if (!inputs.Contains(effects[i].Input))
                {
                    var segment = model.Entity.Segment.Length == 0 ? "all segments" : model.Entity.Segment;
                    problems.Add(("effects", string.Create(CultureInfo.InvariantCulture,
                        $"$[{i}].input: the value model of {model.SolutionName} ({segment}) has no input '{effects[i].Input}'; its inputs are: {string.Join(", ", inputs.Order(StringComparer.Ordinal))}.")));
                }
            }
        }
        return problems;
    }
}
