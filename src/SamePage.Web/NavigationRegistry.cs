using SamePage.Web.Auth;

namespace SamePage.Web;

/// <summary>Navigation entries of the vendor UI beyond the basics; only built pages are listed.</summary>
public static class NavigationRegistry
{
    public sealed record NavItem(string Path, string Label, string? Role = null);

    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("/models", "Value models"),
        new("/targets", "Targets"),
        new("/surveys", "Surveys"),
        new("/perception", "Perception"),
        new("/audit", "Audit log", Roles.Admin),
    ];
}
