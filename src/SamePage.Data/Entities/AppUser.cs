using Microsoft.AspNetCore.Identity;

namespace SamePage.Data.Entities;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>Set for partner users only: the one partner whose data they may see.</summary>
    public int? PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public string Language { get; set; } = "en";
    public DateTimeOffset? LastCockpitVisit { get; set; }
}
