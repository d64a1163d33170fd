namespace SamePage.Core.Actuals;

/// <summary>The kind of partner company (partners.csv column "type").</summary>
public enum PartnerType
{
    Reseller,
    Var,
    Msp,
    Si,
    Distributor,
}
