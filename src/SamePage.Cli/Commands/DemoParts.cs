using SamePage.Data.Demo;

namespace SamePage.Cli.Commands;

/// <summary>The demo pieces beyond partners and deals, in load order.</summary>
public static class DemoParts
{
    public static IEnumerable<IDemoPart> All() => [];
}
