using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Mapping;

namespace SamePage.Data.Imports;

/// <summary>
/// Opens an import file, through its mapping when the request has one: the mapping is checked against the file's header
/// (every problem named before anything is read) and the partners and solutions it refers to are looked up in the database.
/// </summary>
public static class MappedFile
{
    /// <summary>The reader, the culture its values must be read with, and warnings about the mapping (defaults used).</summary>
    public sealed record Opened(TabularReader Reader, NumberCulture? Culture, IReadOnlyList<string> Notes);

    public static async Task<Opened> OpenAsync(SamePageDbContext db, string kind, ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Mapping is not { } mapping)
        {
            return new Opened(TabularReader.Open(request.Path), request.Culture, []);
        }

        if (!string.Equals(mapping.Kind, kind, StringComparison.Ordinal))
        {
            throw new ImportMappingException($"The mapping makes {mapping.Kind}, not {kind}.");
        }

        var directory = await DirectoryAsync(db, cancellationToken);
        var source = TabularReader.Open(request.Path);
        try
        {
            var compiled = CompiledMapping.Compile(MappingPresets.Resolve(mapping, source.Headers), source.Headers);
            var reader = new MappedTabularReader(source, compiled, directory);
            return new Opened(reader, reader.Culture, compiled.Defaulted);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>Every partner (with CRM id and aliases) and solution (with currency) a mapping may refer to.</summary>
    public static async Task<ReferenceDirectory> DirectoryAsync(SamePageDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var partners = await db.Partners.IgnoreQueryFilters().AsNoTracking()
            .Select(p => new { p.ExternalId, p.Name, p.CrmId, p.Aliases }).ToListAsync(cancellationToken);
        var solutions = await db.Solutions.AsNoTracking().Select(s => new KnownSolution(s.Id, s.Name, s.Currency)).ToListAsync(cancellationToken);
        return new ReferenceDirectory([.. partners.Select(p => new KnownPartner(p.ExternalId, p.Name, p.CrmId, p.Aliases))], solutions);
    }
}
