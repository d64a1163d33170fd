namespace SamePage.Core.Talk;

/// <summary>Mentions of the partner (you/Sie/Ihr) against the vendor (we/wir/unser); PartnerShare is null with none.</summary>
public sealed record TalkOrientation(int PartnerMentions, int VendorMentions, double? PartnerShare);

/// <summary>Readability of a message: Flesch reading ease (en) or Amstad (de), with the counts behind it.</summary>
public sealed record TalkReadability(string Formula, double? Score, int Sentences, int Words, int Syllables);

/// <summary>An amount or percentage tied to a partner outcome (found in a business or bridged sentence).</summary>
public sealed record TalkPartnerValue(int SentenceIndex, TalkQuantity Quantity);

/// <summary>Message metrics beyond the JSON summary.</summary>
public sealed record TalkMetrics(
    int Business,
    int Product,
    int Bridged,
    int Neutral,
    TalkOrientation Orientation,
    TalkReadability Readability,
    IReadOnlyList<TalkPartnerValue> QuantifiedPartnerValue);
