namespace SamePage.Web.Auth;

public static class Roles
{
    public const string Admin = "Admin";
    public const string ChannelManager = "ChannelManager";
    public const string Contributor = "Contributor";
    public const string PartnerUser = "PartnerUser";

    public static readonly IReadOnlyList<string> All = [Admin, ChannelManager, Contributor, PartnerUser];

    /// <summary>Vendor staff: everyone but partner users.</summary>
    public const string VendorPolicy = "Vendor";
    /// <summary>May change vendor data (models, targets, measures, imports).</summary>
    public const string EditorPolicy = "Editor";
    public const string AdminPolicy = "Admin";
    /// <summary>
    /// Every signed-in user, partner users included. The fallback policy is <see cref="VendorPolicy"/>, so a page or an
    /// endpoint serves partner users only when it names this policy (<see cref="PartnerAccess.OpenToPartners{T}"/>).
    /// </summary>
    public const string SignedInPolicy = "SignedIn";
    public const string PartnerIdClaim = "samepage:partner";

    public static string? Normalize(string role) =>
        All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
}
