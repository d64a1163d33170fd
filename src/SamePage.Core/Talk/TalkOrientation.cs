namespace SamePage.Core.Talk;

/// <summary>Mentions of the partner (you/Sie/Ihr) against the vendor (we/wir/unser); PartnerShare is null with none.</summary>
public sealed record TalkOrientation(int PartnerMentions, int VendorMentions, double? PartnerShare);
