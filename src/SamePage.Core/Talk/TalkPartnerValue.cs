namespace SamePage.Core.Talk;

/// <summary>An amount or percentage tied to a partner outcome (found in a business or bridged sentence).</summary>
public sealed record TalkPartnerValue(int SentenceIndex, TalkQuantity Quantity);
