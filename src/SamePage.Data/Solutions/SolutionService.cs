using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;
using SamePage.Data.Queries;

namespace SamePage.Data.Solutions;

/// <summary>
/// A change to a solution. Null fields stay as they are; segments, when given, replace the list; archived true archives
/// (never deletes: deals and history stay), false restores.
/// </summary>
public sealed record SolutionChange(string? Name, string? Description = null, decimal? ServicesGrossMargin = null, string? Currency = null,
    IReadOnlyList<string>? Segments = null, bool? Archived = null);

/// <summary>A rule a solution change breaks: the field and why; <see cref="Conflict"/> when it clashes with stored data.</summary>
public sealed class SolutionRuleException(string field, string message, bool conflict = false) : Exception(message)
{
    public string Field { get; } = field;
    public bool Conflict { get; } = conflict;
}

/// <summary>Solutions and their managed segment lists, for the API and the pages alike.</summary>
public sealed class SolutionService(SamePageDbContext db)
{
    /// <summary>Segments per solution: enough for any channel, small enough for a choice list.</summary>
    public const int MaxSegments = 50;

    /// <summary>A description is a paragraph or two, not a document.</summary>
    public const int MaxDescription = 4_000;

    /// <summary>Every broken field rule of a change (empty when valid).</summary>
    public static Dictionary<string, string[]> Validate(SolutionChange change, bool creating)
    {
        ArgumentNullException.ThrowIfNull(change);
        var errors = new Dictionary<string, List<string>>();
        void Require(bool ok, string field, string message)
        {
            if (!ok)
            {
                (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);
            }
        }
        Require(!creating || !string.IsNullOrWhiteSpace(change.Name), "name", "Required.");
        Require(change.Name is null || change.Name.Trim().Length is > 0 and <= Core.FieldLimits.Name, "name", $"1 to {Core.FieldLimits.Name} characters.");
        Require(change.Description is null || change.Description.Length <= MaxDescription, "description", $"At most {MaxDescription:N0} characters.");
        Require(change.ServicesGrossMargin is null or (>= 0 and <= 1), "servicesGrossMargin", "A fraction between 0 and 1.");
        Require(change.Currency is null || Core.Mapping.AmountParser.IsCurrencyCode(change.Currency.Trim()) && change.Currency.Trim().Length == 3, "currency", "An ISO 4217 code such as EUR or USD.");
        Require(change.Segments is null || change.Segments.All(s => s is null || s.Trim().Length <= Core.FieldLimits.Name), "segments", $"Segment names of at most {Core.FieldLimits.Name} characters.");
        Require(change.Segments is null || change.Segments.Count <= MaxSegments, "segments", $"At most {MaxSegments} segments.");
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public Task<Solution?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        db.Solutions.AsNoTracking().Include(s => s.Segments).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <exception cref="SolutionRuleException">The change breaks a rule or the name exists.</exception>
    public async Task<Solution> CreateAsync(SolutionChange change, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(change, creating: true);
        var name = change.Name!.Trim();
        if (await db.Solutions.AnyAsync(s => s.Name == name, cancellationToken))
        {
            throw new SolutionRuleException("name", $"A solution named '{name}' exists.", conflict: true);
        }
        var solution = new Solution
        {
            Name = name,
            Description = Clean(change.Description),
            ServicesGrossMargin = change.ServicesGrossMargin ?? 0.45m,
            Currency = change.Currency?.Trim().ToUpperInvariant() ?? "EUR",
            Segments = [.. Distinct(change.Segments).Select(s => new SolutionSegment { Name = s })],
            ArchivedAt = change.Archived is true ? DateTimeOffset.UtcNow : null,
        };
        db.Solutions.Add(solution);
        await db.SaveChangesAsync(cancellationToken);
        return solution;
    }

    /// <summary>Applies a change; null when there is no such solution.</summary>
    /// <exception cref="SolutionRuleException">The change breaks a rule, the name exists, or a segment to remove is in use.</exception>
    public async Task<Solution?> UpdateAsync(int id, SolutionChange change, CancellationToken cancellationToken = default)
    {
        var solution = await db.Solutions.Include(s => s.Segments).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (solution is null)
        {
            return null;
        }
        ThrowIfInvalid(change, creating: false);
        if (change.Name?.Trim() is { } name && name != solution.Name && await db.Solutions.AnyAsync(s => s.Name == name && s.Id != id, cancellationToken))
        {
            throw new SolutionRuleException("name", $"A solution named '{name}' exists.", conflict: true);
        }
        if (change.Segments is not null)
        {
            var wanted = Distinct(change.Segments);
            foreach (var gone in solution.Segments.Where(s => !wanted.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList())
            {
                if (await db.SegmentInUseAsync(id, gone.Name, cancellationToken) is { } reason)
                {
                    throw new SolutionRuleException("segments", reason, conflict: true);
                }
                solution.Segments.Remove(gone);
            }
            foreach (var added in wanted.Where(w => !solution.Segments.Any(s => string.Equals(s.Name, w, StringComparison.OrdinalIgnoreCase))))
            {
                solution.Segments.Add(new SolutionSegment { Name = added });
            }
        }
        solution.Name = change.Name?.Trim() ?? solution.Name;
        solution.Description = change.Description is null ? solution.Description : Clean(change.Description);
        solution.ServicesGrossMargin = change.ServicesGrossMargin ?? solution.ServicesGrossMargin;
        solution.Currency = change.Currency?.Trim().ToUpperInvariant() ?? solution.Currency;
        solution.ArchivedAt = change.Archived switch { true => solution.ArchivedAt ?? DateTimeOffset.UtcNow, false => null, null => solution.ArchivedAt };
        await db.SaveChangesAsync(cancellationToken);
        return solution;
    }

    /// <summary>Adds a segment; null when there is no such solution.</summary>
    /// <exception cref="SolutionRuleException">A bad name, or the list is full.</exception>
    public async Task<Solution?> AddSegmentAsync(int id, string? segment, CancellationToken cancellationToken = default)
    {
        var solution = await db.Solutions.Include(s => s.Segments).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (solution is null)
        {
            return null;
        }
        if (segment?.Trim() is not { Length: > 0 and <= Core.FieldLimits.Name } name)
        {
            throw new SolutionRuleException("name", $"A segment name of 1 to {Core.FieldLimits.Name} characters.");
        }
        if (!solution.Segments.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            if (solution.Segments.Count >= MaxSegments)
            {
                throw new SolutionRuleException("name", $"A solution has at most {MaxSegments} segments.");
            }
            solution.Segments.Add(new SolutionSegment { Name = name });
            await db.SaveChangesAsync(cancellationToken);
        }
        return solution;
    }

    /// <summary>Removes a segment; false when the solution has no such segment.</summary>
    /// <exception cref="SolutionRuleException">A model or target uses the segment.</exception>
    public async Task<bool> RemoveSegmentAsync(int id, string segment, CancellationToken cancellationToken = default)
    {
        var row = (await db.SolutionSegments.Where(s => s.SolutionId == id).ToListAsync(cancellationToken))
            .FirstOrDefault(s => string.Equals(s.Name, segment.Trim(), StringComparison.OrdinalIgnoreCase));
        if (row is null)
        {
            return false;
        }
        if (await db.SegmentInUseAsync(id, row.Name, cancellationToken) is { } reason)
        {
            throw new SolutionRuleException("segment", reason, conflict: true);
        }
        db.SolutionSegments.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes a solution that has nothing yet; false when there is no such solution.</summary>
    /// <exception cref="SolutionRuleException">It has deals, models, targets, measures or costs: archive it instead.</exception>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var solution = await db.Solutions.Include(s => s.Segments).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (solution is null)
        {
            return false;
        }
        if (await db.Deals.AnyAsync(d => d.SolutionId == id, cancellationToken) || await db.ValueModels.AnyAsync(m => m.SolutionId == id, cancellationToken)
            || await db.Targets.AnyAsync(t => t.SolutionId == id, cancellationToken) || await db.Measures.AnyAsync(m => m.SolutionId == id, cancellationToken)
            || await db.PartnerCosts.AnyAsync(c => c.SolutionId == id, cancellationToken))
        {
            throw new SolutionRuleException("id", $"'{solution.Name}' has deals, models, targets, measures or costs: archive it instead; nothing is deleted.", conflict: true);
        }
        db.Solutions.Remove(solution);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void ThrowIfInvalid(SolutionChange change, bool creating)
    {
        if (Validate(change, creating).FirstOrDefault() is { Key: { } field, Value: { } reasons })
        {
            throw new SolutionRuleException(field, string.Join(" ", reasons));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Distinct(IEnumerable<string>? segments) =>
        [.. (segments ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
