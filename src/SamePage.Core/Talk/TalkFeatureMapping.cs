namespace SamePage.Core.Talk;

/// <summary>A product feature phrase that feeds a driver ("Deduplizierung" → serviceDelivery).</summary>
public sealed record TalkFeatureMapping(string Feature, string Driver);
