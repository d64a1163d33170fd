namespace SamePage.Data.Imports;

/// <summary>Partners, deals and partner costs: the channel tables, imported by the <see cref="ChannelImporter"/>.</summary>
public abstract class ChannelImportKind(ChannelImporter importer, ImportKind kind, ImportKindInfo info) : IImportKind
{
    public ImportKindInfo Info => info;

    public Task<ImportOutcome> ImportAsync(ImportRequest request, IProgress<long>? progress, CancellationToken cancellationToken) =>
        importer.ImportAsync(kind, request, progress, cancellationToken);
}

public sealed class PartnersImportKind(ChannelImporter importer) : ChannelImportKind(importer, ImportKind.Partners, About)
{
    public static ImportKindInfo About { get; } = new("partners", "Partners: id, name, type, tier, country, segment (partners.csv or .xlsx).", []);
}

public sealed class DealsImportKind(ChannelImporter importer) : ChannelImportKind(importer, ImportKind.Deals, About)
{
    public static ImportKindInfo About { get; } = new("deals", "Deals per partner and solution, with licence revenue and services (deals.csv or .xlsx).", []);
}

public sealed class CostsImportKind(ChannelImporter importer) : ChannelImportKind(importer, ImportKind.Costs, About)
{
    public static ImportKindInfo About { get; } = new("costs", "Partner costs per month and category (costs.csv or .xlsx).", []);
}
