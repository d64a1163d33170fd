using SamePage.Web.Auth;

namespace SamePage.Web;

/// <summary>
/// The vendor navigation: the cockpit, then one menu per area of the work, so the bar stays one line however many
/// pages the capabilities add. Labels are English keys of the shared resources.
/// </summary>
public static class NavigationRegistry
{
    public sealed record NavItem(string Path, string Label, string? Role = null);

    public sealed record NavGroup(string Label, IReadOnlyList<NavItem> Items);

    private const string Editors = Roles.Admin + "," + Roles.ChannelManager;

    public static readonly IReadOnlyList<NavGroup> Groups =
    [
        new("Channel", [new("/solutions", "Solutions"), new("/partners", "Partners"), new("/imports", "Import", Editors)]),
        new("Value", [new("/models", "Value models"), new("/targets", "Targets"), new("/actuals", "Factual value")]),
        new("Partner view", [new("/surveys", "Surveys"), new("/perception", "Perception")]),
        new("Communication", [new("/communications", "Communications"), new("/talk/check", "Message checker")]),
        new("Planning", [new("/measures", "Measures"), new("/planner", "Planner"), new("/participants", "Participants"), new("/contribution", "My contribution")]),
        new("Administration", [new("/admin/users", "Users", Roles.Admin), new("/audit", "Audit log", Roles.Admin)]),
    ];
}
