using Microsoft.Extensions.DependencyInjection;

namespace SamePage.Data.Imports;

/// <summary>
/// The import kinds, in the order the import page and the help list them: a new kind is one line here plus its class.
/// The infos are static so the CLI can build its subcommands without opening a database.
/// </summary>
public static class ImportCatalog
{
    private static readonly (ImportKindInfo Info, Type Kind)[] s_entries =
    [
        (PartnersImportKind.About, typeof(PartnersImportKind)),
        (DealsImportKind.About, typeof(DealsImportKind)),
        (CostsImportKind.About, typeof(CostsImportKind)),
        (MeasuresImportKind.About, typeof(MeasuresImportKind)),
        (SurveyResponsesImportKind.About, typeof(SurveyResponsesImportKind)),
    ];

    public static IReadOnlyList<ImportKindInfo> Kinds { get; } = [.. s_entries.Select(e => e.Info)];

    /// <summary>Registers the registry and every kind (scoped, like the context they write through).</summary>
    public static IServiceCollection AddImportKinds(this IServiceCollection services)
    {
        services.AddScoped<ImportRegistry>();
        foreach (var (_, kind) in s_entries)
        {
            services.AddScoped(typeof(IImportKind), kind);
        }
        return services;
    }
}
