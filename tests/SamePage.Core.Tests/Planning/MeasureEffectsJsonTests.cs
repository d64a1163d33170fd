using SamePage.Core.Planning;

namespace SamePage.Core.Tests.Planning;

public sealed class MeasureEffectsJsonTests
{
    [Fact]
    public void Reads_and_writes_effects()
    {
        const string json = """
            [{"input":"recurringMargin","mode":"absolute","low":0.02,"likely":0.03,"high":0.05,"target":"factual"},
             {"input":"monthlyChurn","mode":"relative","likely":-0.2,"target":"perceived"}]
            """;

        var effects = MeasureEffectsJson.Parse(json);

        Assert.Equal(new MeasureEffect("recurringMargin", EffectMode.Absolute, 0.02, 0.03, 0.05, EffectTarget.Factual), effects[0]);
        Assert.Equal(new MeasureEffect("monthlyChurn", EffectMode.Relative, -0.2, -0.2, -0.2, EffectTarget.Perceived), effects[1]);
        var written = MeasureEffectsJson.Write(effects);
        Assert.Equal(
            """[{"input":"recurringMargin","mode":"absolute","low":0.02,"likely":0.03,"high":0.05,"target":"factual"},{"input":"monthlyChurn","mode":"relative","low":-0.2,"likely":-0.2,"high":-0.2,"target":"perceived"}]""",
            written);
        Assert.Equal(effects, MeasureEffectsJson.Parse(written));
    }

    [Theory]
    [InlineData("""[{"input":"x","mode":"percent","likely":1,"target":"factual"}]""", "$[0].mode: unknown mode 'percent'")]
    [InlineData("""[{"input":"x","mode":"absolute","likely":1,"target":"real"}]""", "$[0].target: unknown target 'real'")]
    [InlineData("""[{"input":"x","mode":"absolute","low":3,"likely":1,"high":4,"target":"factual"}]""", "low <= likely <= high")]
    [InlineData("""[{"input":"x","mode":"absolute","low":0,"likely":5,"high":4,"target":"factual"}]""", "low <= likely <= high")]
    [InlineData("""[{"input":"x","mode":"relative","low":-1.5,"likely":-0.5,"high":0,"target":"factual"}]""", "below -100 %")]
    [InlineData("""[{"mode":"absolute","likely":1,"target":"factual"}]""", "$[0].input")]
    [InlineData("""[{"input":"x","mode":"absolute","target":"factual"}]""", "$[0].likely")]
    [InlineData("""[{"input":"x","mode":"absolute","likely":"1","target":"factual"}]""", "$[0].likely: expected a finite number")]
    [InlineData("""[{"input":"x","mode":"absolute","likely":1,"target":"factual","size":2}]""", "$[0].size: unknown property")]
    [InlineData("""{"input":"x"}""", "must be a JSON array")]
    [InlineData("""[{"input":"x",""", "not valid JSON")]
    public void Reports_clear_errors(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => MeasureEffectsJson.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
