namespace SamePage.Data.Demo;

/// <summary>The demo pieces beyond partners and deals, in load order.</summary>
public static class DemoParts
{
    public static IEnumerable<IDemoPart> All() => [new DemoModelsPart(), new DemoSurveysPart(), new DemoMeasuresPart(), new DemoCommunicationsPart()];
}
