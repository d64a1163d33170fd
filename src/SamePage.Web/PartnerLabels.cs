using SamePage.Data.Entities;
using SamePage.Core.Actuals;

namespace SamePage.Web;

/// <summary>English display names (resource keys) for partner enums.</summary>
public static class PartnerLabels
{
    public static string Type(PartnerType type) => type switch
    {
        PartnerType.Reseller => "Reseller",
        PartnerType.Var => "VAR",
        PartnerType.Msp => "MSP",
        PartnerType.Si => "System integrator",
        PartnerType.Distributor => "Distributor",
        _ => type.ToString(),
    };
}
