using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

public sealed class DriverLibraryTests
{
    [Fact]
    public void The_shipped_library_has_the_common_partner_inputs_each_labelled_explained_and_ranged()
    {
        var entries = DriverLibrary.Shipped;
        Assert.All(entries, e => Assert.Empty(DriverLibrary.Validate(e)));
        Assert.Equal(entries.Count, entries.Select(e => e.Key.ToLowerInvariant()).Distinct().Count());
        string[] expected = ["onboardingFee", "managedServicePerSeat", "monthlyChurn", "certificationCost", "presalesHoursPerCustomer",
            "mdfReceivedPerYear", "rebateRate", "servicesAttachRate", "renewalRate", "timeToFirstDealMonths"];
        Assert.All(expected, key => Assert.Contains(entries, e => e.Key == key && e.Kind == "input" && e.Low <= e.Likely && e.Likely <= e.High));
        Assert.Contains(entries, e => e.Kind == "driver");
    }

    [Fact]
    public void Every_template_input_linked_to_the_library_uses_an_entry_that_exists()
    {
        var keys = DriverLibrary.Shipped.Select(e => e.Key).ToHashSet();
        var linked = ValueModelTemplates.All.SelectMany(t => t.Document.Inputs).Where(i => i.Library is not null).ToList();
        Assert.True(linked.Count >= 30, $"{linked.Count} linked inputs");
        Assert.All(linked, i => Assert.Contains(i.Library!, keys));
    }

    [Fact]
    public void A_model_built_from_library_entries_runs_and_keeps_the_links_through_json()
    {
        var library = DriverLibrary.Shipped.ToDictionary(e => e.Key);
        var document = new ValueModelDocument
        {
            Solution = "Library test",
            HorizonMonths = 12,
            Inputs = [library["mdfReceivedPerYear"].ToInput()],
            Drivers = [library["mdfReceived"].ToDriver()],
        };
        var json = ValueModelJson.Write(document);
        var back = ValueModelJson.Parse(json);
        Assert.Empty(back.Errors);
        Assert.Equal("mdfReceivedPerYear", back.Document!.Inputs[0].Library);
        Assert.Equal("mdfReceived", back.Document.Drivers[0].Library);
        // 5,000 a year spread evenly, no discounting: 12 months of 5000/12.
        Assert.Equal(5000, ValueModelCompiler.Compile(back.Document).Model!.Evaluate().NetProfit, 1e-9);
    }

    [Theory]
    [InlineData("""{"key":"1bad","kind":"input","label":{"en":"a","de":"b"},"explanation":{"en":"a","de":"b"},"likely":1}""", "key")]
    [InlineData("""{"key":"ok","kind":"input","label":{"en":"a"},"explanation":{"en":"a","de":"b"},"likely":1}""", "label")]
    [InlineData("""{"key":"ok","kind":"input","label":{"en":"a","de":"b"},"explanation":{"en":"a","de":"b"},"low":5,"likely":1,"high":9}""", "low")]
    [InlineData("""{"key":"ok","kind":"input","label":{"en":"a","de":"b"},"explanation":{"en":"a","de":"b"},"likely":1,"unit":"euro"}""", "unit")]
    [InlineData("""{"key":"ok","kind":"driver","label":{"en":"a","de":"b"},"explanation":{"en":"a","de":"b"},"category":"benefit","formula":"a * ("}""", "formula")]
    [InlineData("""{"key":"ok","kind":"widget","label":{"en":"a","de":"b"},"explanation":{"en":"a","de":"b"}}""", "kind")]
    public void A_bad_entry_is_refused_with_the_field_that_breaks_the_rule(string json, string field)
    {
        var errors = DriverLibrary.Validate(DriverLibrary.Parse(json));
        Assert.Contains(errors, e => e.Field == field);
    }

    [Fact]
    public void Unknown_fields_and_broken_json_are_errors()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => DriverLibrary.Parse("""{"key":"x","lable":{"en":"a"}}"""));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => DriverLibrary.Parse("""{"key":"x","""));
    }
}
