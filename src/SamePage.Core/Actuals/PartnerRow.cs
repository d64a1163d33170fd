namespace SamePage.Core.Actuals;

/// <summary>One valid row of partners.csv. Optional text columns are null when empty or absent.</summary>
public sealed record PartnerRow(
    string ExternalId,
    string Name,
    PartnerType Type,
    string? Tier,
    string? Country,
    string? Region,
    string? Segment,
    string? CrmId = null,
    IReadOnlyList<string>? Aliases = null);
