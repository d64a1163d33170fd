using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

public sealed class ValueModelDiffTests
{
    [Fact]
    public void Lists_added_removed_and_changed_fields()
    {
        var before = WorkedExample.Document();
        var after = before with
        {
            DiscountRate = 0.1,
            Target = new ModelTarget { Npv = 150000 },
            Inputs = [.. before.Inputs.Where(i => i.Name != "seatPrice").Select(i => i.Name == "recurringMargin" ? i with { Likely = 0.28, Actual = "avgPartnerMargin" } : i),
                TestModels.Input("extra", 1)],
            Drivers = [.. before.Drivers.Select(d => d.Name == "presales" ? d with { Formula = "newCustomersPerMonth * 8 * hourlyCost" } : d)],
        };

        var changes = ValueModelDiff.Compare(before, after).Select(c => c.ToString()).ToList();

        Assert.Equal(
            [
                "setting discountRate changed from 0.08 to 0.1",
                "target npv changed from 100000 to 150000",
                "input 'seatPrice' removed",
                "input 'recurringMargin' likely changed from 0.25 to 0.28",
                "input 'recurringMargin' actual set to avgPartnerMargin",
                "input 'extra' added",
                "driver 'presales' formula changed from newCustomersPerMonth * presalesHoursPerCustomer * hourlyCost to newCustomersPerMonth * 8 * hourlyCost",
            ],
            changes);
    }

    [Fact]
    public void Same_model_has_no_changes()
    {
        Assert.Empty(ValueModelDiff.Compare(WorkedExample.Document(), WorkedExample.Document()));
    }

    [Fact]
    public void Change_records_carry_area_name_and_field()
    {
        var before = WorkedExample.Document();
        var after = before with { Drivers = [.. before.Drivers.Select(d => d.Name == "onboarding" ? d with { RampMonths = null } : d)] };

        var change = Assert.Single(ValueModelDiff.Compare(before, after));

        Assert.Equal(new ModelChange(ModelChangeKind.Removed, "driver", "onboarding", "rampMonths", "3", null), change);
    }
}
