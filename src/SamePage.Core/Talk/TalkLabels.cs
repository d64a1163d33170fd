namespace SamePage.Core.Talk;

/// <summary>Parsing and naming of labels as they appear in corpora and JSON.</summary>
public static class TalkLabels
{
    public static IReadOnlyList<TalkLabel> All { get; } = [TalkLabel.Business, TalkLabel.Product, TalkLabel.Bridged, TalkLabel.Neutral];

    public static string Name(TalkLabel label) => label switch
    {
        TalkLabel.Business => "business",
        TalkLabel.Product => "product",
        TalkLabel.Bridged => "bridged",
        _ => "neutral",
    };

    public static bool TryParse(string? text, out TalkLabel label)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "business":
                label = TalkLabel.Business;
                return true;
            case "product":
                label = TalkLabel.Product;
                return true;
            case "bridged":
                label = TalkLabel.Bridged;
                return true;
            case "neutral":
                label = TalkLabel.Neutral;
                return true;
            default:
                label = TalkLabel.Neutral;
                return false;
        }
    }

    /// <summary>Business talk in the binary split: business and bridged sentences.</summary>
    public static bool IsBusinessTalk(TalkLabel label) => label is TalkLabel.Business or TalkLabel.Bridged;
}
