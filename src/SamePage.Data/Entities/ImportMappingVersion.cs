namespace SamePage.Data.Entities;

/// <summary>One saved version of a column mapping (samepage.mapping/1 JSON); versions are kept like value model versions.</summary>
public sealed class ImportMappingVersion
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int Version { get; set; }
    public required string Kind { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
