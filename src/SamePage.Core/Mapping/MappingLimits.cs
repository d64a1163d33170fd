namespace SamePage.Core.Mapping;

/// <summary>Bounds on a mapping document, so a hostile mapping cannot make a request slow or large.</summary>
public static class MappingLimits
{
    public const int MaxDocumentBytes = 256 * 1024;
    public const int MaxColumns = 200;
    public const int MaxAlternatives = 20;
    public const int MaxValueEntries = 500;
    public const int MaxTextLength = 2000;
}
