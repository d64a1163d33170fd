using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data.Entities;

namespace SamePage.Data.Values;

/// <summary>A stored value model: the entity, its current document and compiled form.</summary>
public sealed record StoredValueModel(ValueModel Entity, string SolutionName, ValueModelVersion Current, ValueModelDocument Document);

/// <summary>Thrown when a value-model document does not validate; carries the diagnostics.</summary>
public sealed class ValueModelInvalidException(IReadOnlyList<ModelError> errors)
    : Exception("The value model is invalid: " + string.Join("; ", errors.Where(e => e.IsError).Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<ModelError> Errors { get; } = errors;
}

/// <summary>Value models in the database: one per solution and segment, every save a new version.</summary>
public sealed class ValueModelStore(SamePageDbContext db)
{
    /// <summary>Parses and compiles JSON; throws <see cref="ValueModelInvalidException"/> with every error found.</summary>
    public static (ValueModelDocument Document, CompiledValueModel Model, IReadOnlyList<ModelError> Warnings) Validate(string json)
    {
        var parsed = ValueModelJson.Parse(json);
        if (!parsed.Success)
        {
            throw new ValueModelInvalidException(parsed.Errors);
        }
        var compiled = ValueModelCompiler.Compile(parsed.Document!);
        if (!compiled.Success)
        {
            throw new ValueModelInvalidException([.. parsed.Errors, .. compiled.Diagnostics]);
        }
        return (parsed.Document!, compiled.Model!, [.. parsed.Errors, .. compiled.Warnings]);
    }

    /// <summary>Saves a new version (creating the model on first save); the solution is matched by the document's name.</summary>
    public async Task<StoredValueModel> SaveAsync(string json, string? comment, CancellationToken cancellationToken = default)
    {
        var (document, _, _) = Validate(json);
        var solution = await db.Solutions.FirstOrDefaultAsync(s => s.Name == document.Solution, cancellationToken)
            ?? throw new ArgumentException($"No solution named '{document.Solution}'. Create it first (POST /api/v1/solutions).");
        var segment = document.Segment ?? "";
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
            return new StoredValueModel(model, solution.Name, current, document);
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
        return new StoredValueModel(model, solution.Name, version, document);
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

    private static StoredValueModel Stored(ValueModel model)
    {
        var current = model.Versions.Single(v => v.Version == model.CurrentVersion);
        var document = ValueModelJson.Parse(current.Json).Document
            ?? throw new InvalidOperationException($"Stored value model {model.Id} v{current.Version} no longer parses.");
        return new StoredValueModel(model, model.Solution?.Name ?? document.Solution, current, document);
    }
}
