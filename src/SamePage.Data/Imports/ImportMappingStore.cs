using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Mapping;
using SamePage.Data.Entities;

namespace SamePage.Data.Imports;

/// <summary>A mapping as listed: stored (its latest version) or a built-in preset.</summary>
public sealed record ImportMappingInfo(string Name, string Kind, int Version, bool BuiltIn, string? Description, DateTimeOffset? SavedAt, string? SavedBy);

/// <summary>
/// Saved column mappings, versioned like value models: saving a changed mapping under a name adds a version, saving it
/// unchanged adds none. Mappings are found by name (latest version), by "name@version" or by id; presets by their name.
/// </summary>
public sealed partial class ImportMappingStore(SamePageDbContext db)
{
    public async Task<IReadOnlyList<ImportMappingInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var stored = await db.ImportMappingVersions.AsNoTracking().OrderBy(m => m.Name).ThenByDescending(m => m.Version).ToListAsync(cancellationToken);
        var latest = stored.GroupBy(m => m.Name).Select(g => g.First())
            .Select(m => new ImportMappingInfo(m.Name, m.Kind, m.Version, false, Describe(m.Json), m.CreatedAt, m.CreatedBy));
        var presets = MappingPresets.All.Select(p => new ImportMappingInfo(p.Name!, p.Kind, 1, true, p.Description, null, null));
        return [.. presets, .. latest];
    }

    /// <summary>A stored mapping (name, name@version or id) or a preset; an unknown reference is an <see cref="ImportMappingException"/>.</summary>
    public async Task<ImportMappingDocument> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var text = reference.Trim();
        if (MappingPresets.Find(text) is { } preset)
        {
            return preset;
        }

        ImportMappingVersion? found;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            found = await db.ImportMappingVersions.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        }
        else if (text.Split('@') is [var name, var v] && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            found = await db.ImportMappingVersions.AsNoTracking().FirstOrDefaultAsync(m => m.Name == name && m.Version == version, cancellationToken);
        }
        else
        {
            found = await db.ImportMappingVersions.AsNoTracking().Where(m => m.Name == text).OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        }

        if (found is null)
        {
            var names = (await ListAsync(cancellationToken)).Select(m => m.Name);
            throw new ImportMappingException($"No mapping '{text}'; the mappings are {string.Join(", ", names)}.");
        }

        return MappingJson.Read(found.Json) with { Name = found.Name };
    }

    /// <summary>Checks and saves a mapping under <paramref name="name"/> (or its own name); returns the version now current.</summary>
    public async Task<(string Name, int Version, bool Added)> SaveAsync(ImportMappingDocument mapping, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var key = (name ?? mapping.Name)?.Trim().ToLowerInvariant();
        if (key is null || !NamePattern().IsMatch(key))
        {
            throw new ImportMappingException("A mapping's name is 1 to 80 lower-case letters, digits and '-', starting with a letter or digit (e.g. salesforce-emea).");
        }

        if (MappingPresets.Find(key) is not null)
        {
            throw new ImportMappingException($"'{key}' is a built-in preset; save your copy under another name.");
        }

        Check(mapping);
        var json = MappingJson.Write(mapping with { Name = key });
        var current = await db.ImportMappingVersions.Where(m => m.Name == key).OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        if (current?.Json == json)
        {
            return (key, current.Version, false);
        }

        var version = (current?.Version ?? 0) + 1;
        db.ImportMappingVersions.Add(new ImportMappingVersion
        {
            Name = key, Version = version, Kind = mapping.Kind, Json = json, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = db.Actor.UserName ?? "",
        });
        await db.SaveChangesAsync(cancellationToken);
        return (key, version, true);
    }

    /// <summary>Compiles the mapping against the columns it names itself, so everything but the file's header is checked.</summary>
    public static void Check(ImportMappingDocument mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var named = mapping.Columns.Values
            .SelectMany(c => (c.Column ?? []).Concat(c.Join ?? []).Concat(FormulaNames(c.Formula)))
            .Concat(mapping.Currency?.Column ?? [])
            .Distinct().ToList();
        CompiledMapping.Compile(mapping, named);
    }

    private static IEnumerable<string> FormulaNames(string? formula)
    {
        if (formula is null)
        {
            yield break;
        }

        foreach (Match match in FormulaNamePattern().Matches(formula))
        {
            foreach (var name in (match.Groups[1].Success ? match.Groups[1].Value : match.Value).Split('|'))
            {
                yield return name;
            }
        }
    }

    private static string? Describe(string json)
    {
        try
        {
            return MappingJson.Read(json).Description;
        }
        catch (ImportMappingException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\[([^\]]*)\]|[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex FormulaNamePattern();
}
