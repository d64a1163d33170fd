using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

/// <summary>The Nordlicht Backup model of issue 3, verbatim.</summary>
internal static class WorkedExample
{
    public const string Json = """
        {"schema":"samepage.valuemodel/1","solution":"Nordlicht Backup","segment":"MSP","currency":"EUR","horizonMonths":36,"discountRate":0.08,"target":{"npv":100000},
         "inputs":[{"name":"newCustomersPerMonth","unit":"count","low":1,"likely":2,"high":4},{"name":"seatsPerCustomer","unit":"count","low":20,"likely":40,"high":80},
          {"name":"seatPrice","unit":"currency","likely":5},{"name":"recurringMargin","unit":"percent","low":0.15,"likely":0.25,"high":0.30},
          {"name":"monthlyChurn","unit":"percent","low":0.005,"likely":0.01,"high":0.02},{"name":"onboardingFee","unit":"currency","low":800,"likely":1500,"high":2500},
          {"name":"managedServicePerSeat","unit":"currency","likely":4},{"name":"deliveryCostShare","unit":"percent","low":0.45,"likely":0.55,"high":0.7},
          {"name":"certificationCost","unit":"currency","likely":6000},{"name":"presalesHoursPerCustomer","unit":"hours","likely":6},{"name":"hourlyCost","unit":"currency","likely":70}],
         "drivers":[{"name":"customers","category":"metric","formula":"if(monthlyChurn > 0, newCustomersPerMonth * (1 - pow(1 - monthlyChurn, active)) / monthlyChurn, newCustomersPerMonth * active)"},
          {"name":"recurringMarginIncome","category":"benefit","stream":"recurring","formula":"customers * seatsPerCustomer * seatPrice * recurringMargin"},
          {"name":"managedServices","category":"benefit","stream":"services","formula":"customers * seatsPerCustomer * managedServicePerSeat"},
          {"name":"onboarding","category":"benefit","stream":"services","formula":"newCustomersPerMonth * onboardingFee","rampMonths":3},
          {"name":"presales","category":"cost","formula":"newCustomersPerMonth * presalesHoursPerCustomer * hourlyCost","rampMonths":3},
          {"name":"serviceDelivery","category":"cost","formula":"managedServices * deliveryCostShare"},
          {"name":"certification","category":"investment","formula":"certificationCost","at":1},
          {"name":"enablementTime","category":"investment","formula":"40 * hourlyCost","start":1,"end":3}]}
        """;

    public static ValueModelDocument Document()
    {
        var parsed = ValueModelJson.Parse(Json);
        Assert.True(parsed.Success, string.Join("\n", parsed.Errors));
        return parsed.Document!;
    }

    public static CompiledValueModel Model() => Compile(Document());

    public static CompiledValueModel Compile(ValueModelDocument document)
    {
        var compilation = ValueModelCompiler.Compile(document);
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }
}
