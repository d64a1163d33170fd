using SamePage.Core.Actuals;

namespace SamePage.Data.Entities;

public sealed class Partner
{
    public int Id { get; set; }
    public required string ExternalId { get; set; }
    public required string Name { get; set; }
    public PartnerType Type { get; set; }
    public string Tier { get; set; } = "Registered";
    /// <summary>ISO 3166 alpha-2.</summary>
    public string Country { get; set; } = "DE";
    public string Region { get; set; } = "";
    public string Segment { get; set; } = "";
    /// <summary>Ranked value-driver names the partner wants to hear about, most important first.</summary>
    public List<string> InformationNeeds { get; set; } = [];

    /// <summary>The partner's id in the vendor's CRM or marketplace (Salesforce account id, MPN id), for mapped imports.</summary>
    public string? CrmId { get; set; }

    /// <summary>Other names the partner appears under in exports (trading names, old names), matched like the name.</summary>
    public List<string> Aliases { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
