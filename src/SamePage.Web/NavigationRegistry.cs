using SamePage.Web.Auth;

namespace SamePage.Web;

/// <summary>Navigation entries of the vendor UI beyond the basics; only built pages are listed.</summary>
public static class NavigationRegistry
{
    public sealed record NavItem(string Path, string Label, string? Role = null);

    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("/models", "Value models"),
        new("/actuals", "Factual value"),
        new("/targets", "Targets"),
        new("/communications", "Communications"),
        new("/talk/check", "Message checker"),
        new("/surveys", "Surveys"),
        new("/perception", "Perception"),
        new("/measures", "Measures"),
        new("/planner", "Planner"),
        new("/contribution", "My contribution"),
        new("/imports", "Import", Roles.Admin + "," + Roles.ChannelManager),
        new("/audit", "Audit log", Roles.Admin),
    ];
}
