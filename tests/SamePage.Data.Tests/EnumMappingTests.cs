namespace SamePage.Data.Tests;

/// <summary>The importer casts Core's row enums to the stored entity enums, so names must line up value by value.</summary>
public sealed class EnumMappingTests
{
    [Fact]
    public void Import_and_entity_enums_share_names_and_values()
    {
        AssertSame<Core.Actuals.DealType, Entities.DealType>();
        AssertSame<Core.Actuals.DealStatus, Entities.DealStatus>();
        AssertSame<Core.Actuals.CostCategory, Entities.CostCategory>();
        AssertSame<Core.Actuals.PartnerType, Entities.PartnerType>();
    }

    private static void AssertSame<TImport, TEntity>()
        where TImport : struct, Enum
        where TEntity : struct, Enum
    {
        Assert.Equal(
            Enum.GetValues<TImport>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))),
            Enum.GetValues<TEntity>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))));
    }
}
