using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data.Entities;
using SamePage.Data.Queries;

namespace SamePage.Data.Values;

/// <summary>A stored value model: the entity, its current document and its compiled form (null if it no longer compiles).</summary>
public sealed record StoredValueModel(ValueModel Entity, string SolutionName, ValueModelVersion Current, ValueModelDocument Document, CompiledValueModel? Model);

/// <summary>Value models in the database: one per solution and segment, every save a new version.</summary>
public sealed class ValueModelStore(SamePageDbContext db)
{
    /// <summary>Saves a new version (creating the model on first save); the solution is matched by the document's name.</summary>
    public async Task<StoredValueModel> SaveAsync(string json, string? comment, CancellationToken cancellationToken = default)
    {
        var (document, _, _) = ValueModelCompiler.CompileJsonOrThrow(json);
        var solution = await db.Solutions.FirstOrDefaultAsync(s => s.Name == document.Solution, cancellationToken)
            ?? throw new ArgumentException($"No solution named '{document.Solution}'. Create it first (POST /api/v1/solutions).");
        var segment = document.Segment is { Length: > 0 } named ? await db.EnsureSegmentAsync(solution.Id, named, cancellationToken) : "";
        var model = await db.ValueModels.Include(m => m.Versions).FirstOrDefaultAsync(m => m.SolutionId == solution.Id && m.Segment == segment, cancellationToken);
        if (model is null)
        {
            model = new ValueModel { SolutionId = solution.Id, Segment = segment };
            db.ValueModels.Add(model);
        }
        var normalized = ValueModelJson.Write(document);
        var current = model.Versions.OrderByDescending(v => v.Version).FirstOrDefault();
        if (current is not null && current.Json == normalized)
        {
            // Saving the same model again changes nothing.
            return Stored(model, solution.Name, current);
        }
        var version = new ValueModelVersion
        {
            Version = model.CurrentVersion + 1,
            Json = normalized,
            Comment = comment,
            CreatedBy = db.Actor.UserName,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        model.Versions.Add(version);
        model.CurrentVersion = version.Version;
        await db.SaveChangesAsync(cancellationToken);
        return Stored(model, solution.Name, version);
    }

    /// <summary>
    /// Stores a new model as version 1 (from a template, a clone or the builder); null when the solution × segment has a
    /// model already, which is never overwritten this way.
    /// </summary>
    public async Task<StoredValueModel?> CreateAsync(ValueModelDocument document, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var segment = document.Segment ?? "";
        var lower = segment.ToLower();
        if (await db.ValueModels.AnyAsync(m => m.Solution!.Name == document.Solution && m.Segment.ToLower() == lower, cancellationToken))
        {
            return null;
        }
        return await SaveAsync(ValueModelJson.Write(document), comment, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredValueModel>> ListAsync(CancellationToken cancellationToken = default)
    {
        var models = await db.ValueModels.AsNoTracking().Include(m => m.Solution).Include(m => m.Versions).OrderBy(m => m.Solution!.Name).ThenBy(m => m.Segment).ToListAsync(cancellationToken);
        return [.. models.Select(Stored)];
    }

    public async Task<StoredValueModel?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var model = await db.ValueModels.AsNoTracking().Include(m => m.Solution).Include(m => m.Versions).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return model is null ? null : Stored(model);
    }

    /// <summary>The model for a solution and segment, falling back to the solution's all-segments model.</summary>
    public async Task<StoredValueModel?> FindAsync(string solution, string? segment, CancellationToken cancellationToken = default)
    {
        var models = await db.ValueModels.AsNoTracking().Include(m => m.Solution).Include(m => m.Versions)
            .Where(m => m.Solution!.Name == solution || m.SolutionId.ToString() == solution).ToListAsync(cancellationToken);
        var match = models.FirstOrDefault(m => string.Equals(m.Segment, segment ?? "", StringComparison.OrdinalIgnoreCase))
            ?? (segment is null ? models.OrderBy(m => m.Segment).FirstOrDefault() : models.FirstOrDefault(m => m.Segment.Length == 0));
        return match is null ? null : Stored(match);
    }

    private static StoredValueModel Stored(ValueModel model) =>
        Stored(model, model.Solution?.Name, model.Versions.Single(v => v.Version == model.CurrentVersion));

    private static StoredValueModel Stored(ValueModel model, string? solutionName, ValueModelVersion version)
    {
        var compiled = CompiledValueModels.Get(version.Json);
        var document = compiled.Document
            ?? throw new InvalidOperationException($"Stored value model {model.Id} v{version.Version} no longer parses.");
        return new StoredValueModel(model, solutionName ?? document.Solution, version, document, compiled.Model);
    }
}
