using System.Text.Json;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

public sealed class ValueModelJsonTests
{
    [Fact]
    public void Reads_every_field_of_the_format()
    {
        var doc = WorkedExample.Document();

        Assert.Equal("samepage.valuemodel/1", doc.Schema);
        Assert.Equal("Nordlicht Backup", doc.Solution);
        Assert.Equal("MSP", doc.Segment);
        Assert.Equal("EUR", doc.Currency);
        Assert.Equal(36, doc.HorizonMonths);
        Assert.Equal(0.08, doc.DiscountRate);
        Assert.Equal(100000, doc.Target!.Npv);
        Assert.Equal(11, doc.Inputs.Count);
        Assert.Equal(new ModelInput { Name = "recurringMargin", Unit = "percent", Low = 0.15, Likely = 0.25, High = 0.30 }, doc.Inputs[3]);
        Assert.Equal(8, doc.Drivers.Count);
        Assert.Equal(3, doc.Drivers[3].RampMonths);
        Assert.Equal(1, doc.Drivers[6].At);
        Assert.Equal((1, 3), (doc.Drivers[7].Start!.Value, doc.Drivers[7].End!.Value));
    }

    [Fact]
    public void Write_then_parse_round_trips_and_is_stable()
    {
        var doc = DemoValueModels.Load(DemoValueModels.NordlichtBackupMsp);

        var json = ValueModelJson.Write(doc);
        var again = ValueModelJson.Parse(json).Document!;

        Assert.Equal(json, ValueModelJson.Write(again));
        Assert.Empty(ValueModelDiff.Compare(doc, again));
        Assert.StartsWith("{\n  \"schema\": \"samepage.valuemodel/1\",\n  \"solution\": \"Nordlicht Backup\",", json.Replace("\r\n", "\n"));
        Assert.DoesNotContain("null", json);
        using var tree = JsonDocument.Parse(json);
        var input = tree.RootElement.GetProperty("inputs")[0];
        Assert.Equal("Neukunden pro Monat", input.GetProperty("label").GetProperty("de").GetString());
        Assert.True(input.GetProperty("askPartners").GetBoolean());
        Assert.Equal("newCustomersPerMonth", input.GetProperty("actual").GetString());
    }

    [Fact]
    public void Label_may_be_a_plain_string()
    {
        var json = """{"schema":"samepage.valuemodel/1","solution":"S","horizonMonths":12,"inputs":[{"name":"x","likely":1,"label":"Price"}],"drivers":[]}""";

        var doc = ValueModelJson.Parse(json).Document!;

        Assert.Equal(new LocalizedText("Price", null), doc.Inputs[0].Label);
        Assert.Equal("Price", doc.Inputs[0].Label!.For("de"));
    }

    [Fact]
    public void Json_errors_carry_the_path()
    {
        var json = """{"schema":"samepage.valuemodel/1","solution":"S","horizonMonths":12,"inputs":[{"name":"x","likely":"many"}]}""";

        var result = ValueModelJson.Parse(json);

        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal("json.invalid", error.Code);
        Assert.Equal("$.inputs[0].likely", error.Path);
        Assert.StartsWith("The value at $.inputs[0].likely has the wrong type", error.Message);
    }

    [Fact]
    public void Explicit_nulls_become_errors_not_crashes()
    {
        var json = """{"schema":"samepage.valuemodel/1","solution":"S","horizonMonths":12,"inputs":[null,{"name":null,"likely":1}],"drivers":[{"name":"a","category":null,"formula":null}]}""";

        var parsed = ValueModelJson.Parse(json);
        Assert.Contains(parsed.Errors, e => e.Path == "$.inputs[0]" && e.IsError);

        var fixedJson = json.Replace("[null,", "[", StringComparison.Ordinal);
        var diagnostics = ValueModelValidator.Validate(ValueModelJson.Parse(fixedJson).Document!);
        Assert.Contains(diagnostics, d => d.Code == "name.invalid" && d.Path == "$.inputs[0].name");
        Assert.Contains(diagnostics, d => d.Code == "driver.category.invalid");
        Assert.Contains(diagnostics, d => d.Code == "formula.syntax" && d.Message.Contains("Empty formula"));
    }

    [Fact]
    public void Computed_properties_are_not_written()
    {
        var json = ValueModelJson.Write(WorkedExample.Document());

        Assert.DoesNotContain("hasRange", json);
        Assert.Empty(ValueModelJson.Parse(json).Errors);
    }

    [Fact]
    public void Broken_json_is_an_error_with_line()
    {
        var result = ValueModelJson.Parse("{\n\"schema\": \"samepage.valuemodel/1\",\n\"solution\": }");

        var error = Assert.Single(result.Errors);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void Unknown_properties_are_warnings_and_wrong_schema_an_error()
    {
        var json = """{"schema":"samepage.valuemodel/1","solution":"S","horizonMonths":12,"drivers":[{"name":"a","category":"metric","formula":"1","rampMonth":2}]}""";

        var result = ValueModelJson.Parse(json);

        Assert.True(result.Success);
        var warning = Assert.Single(result.Errors);
        Assert.Equal(("$.drivers[0].rampMonth", "json.unknownProperty", ModelErrorSeverity.Warning), (warning.Path, warning.Code, warning.Severity));

        var wrong = ValueModelJson.Parse("""{"schema":"samepage.valuemodel/2","solution":"S","horizonMonths":12}""");
        Assert.Equal("schema.unsupported", Assert.Single(wrong.Errors).Code);
        Assert.Null(wrong.Document);
    }
}
