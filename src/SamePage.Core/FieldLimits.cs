namespace SamePage.Core;

/// <summary>One length rule per kind of field, the same in the API, the forms and every import.</summary>
public static class FieldLimits
{
    /// <summary>Names and ids: partner, solution, participant and measure names, external ids, tiers, regions, segments.</summary>
    public const int Name = 200;
}
