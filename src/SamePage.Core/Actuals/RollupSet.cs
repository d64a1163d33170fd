namespace SamePage.Core.Actuals;

/// <summary>Monthly rollups and the distinct new-customer rows behind their NewCustomers counts.</summary>
public sealed record RollupSet(IReadOnlyList<PartnerSolutionMonth> Months, IReadOnlyList<NewCustomerMonth> NewCustomers);
