using FsCheck;
using FsCheck.Fluent;
using SamePage.Core.Tests.Values;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Fuzz;

/// <summary>The formula language and the model JSON never throw anything but their own errors, whatever a client sends.</summary>
public sealed class FormulaFuzzTests
{
    private static readonly string[] s_pieces =
    [
        "1", "0", "2.5", "1e308", "-1e-308", ".5", "1e", "x", "y", "d", "month", "active", "unknown", "_", "x1",
        "+", "-", "*", "/", "^", "<", "<=", ">", ">=", "==", "!=", "&&", "||", "!", "(", ")", ",", " ", "\t",
        "min(", "max(", "if(", "pow(", "ln(", "exp(", "round(", "abs(", "ramp(", "between(", "$", "\"", "ä", "\u0000",
    ];

    /// <summary>Token soup of up to 300 pieces, plus long runs of one or two pieces (the shape of the stack attack: 1+1+…+1).</summary>
    private static readonly Gen<string> s_formulas = Gen.OneOf(
        Gen.Elements(s_pieces).ListOf().Select(p => string.Concat(p.Take(300))),
        from first in Gen.Elements(s_pieces)
        from second in Gen.Elements(s_pieces)
        from times in Gen.Choose(1, 20_000)
        from tail in Gen.Elements(s_pieces)
        select string.Concat(Enumerable.Repeat(first + second, times)) + tail);

    [Fact]
    public void Formulas_parse_or_fail_with_a_syntax_error_and_compiled_models_evaluate_or_fail_with_an_evaluation_error()
    {
        var executions = FuzzRun.ForAll("formula", s_formulas, formula =>
        {
            try
            {
                FormulaParser.Parse(formula);
            }
            catch (FormulaSyntaxException)
            {
            }

            var document = TestModels.Model(
                [TestModels.Input("x", 3, low: 1, high: 5), TestModels.Input("y", 0)],
                [TestModels.Driver("d", "x + 1"), TestModels.Driver("f", formula)]);
            var compiled = ValueModelCompiler.Compile(document);
            if (compiled.Model is { } model)
            {
                try
                {
                    model.Evaluate();
                    SensitivityAnalysis.Run(model, new Dictionary<string, double>());
                }
                catch (ValueModelEvaluationException)
                {
                }
            }
            else
            {
                Assert.Contains(compiled.Diagnostics, d => d.IsError);
            }
        });
        Assert.True(executions > 0);
    }

    /// <summary>Mutations of a real model: cut, repeat, insert structural characters, deep nesting, extreme numbers.</summary>
    private static Gen<string> ModelJsons()
    {
        var baseJson = DemoValueModels.ReadJson(DemoValueModels.NordlichtBackupMsp);
        var inserts = Gen.Elements("{", "}", "[", "]", "\"", ",", ":", "null", "1e999", "-0", "\"formula\":\"1+\"", "\\u0000", "true",
            new string('[', 5_000), "{\"a\":" + new string('[', 200));
        var mutation =
            from kind in Gen.Choose(0, 3)
            from at in Gen.Choose(0, baseJson.Length - 1)
            from length in Gen.Choose(1, 400)
            from insert in inserts
            select (kind, at, length, insert);
        return mutation.ListOf().Select(list =>
        {
            var json = baseJson;
            foreach (var (kind, at, length, insert) in list.Take(8))
            {
                var start = Math.Min(at, json.Length);
                var count = Math.Min(length, json.Length - start);
                json = kind switch
                {
                    0 => json.Remove(start, count),
                    1 => json.Insert(start, json.Substring(start, count)),
                    _ => json.Insert(start, insert),
                };
            }

            return json;
        });
    }

    [Fact]
    public void Model_json_is_read_or_refused_with_errors_never_an_exception()
    {
        var executions = FuzzRun.ForAll("model-json", ModelJsons(), json =>
        {
            var parsed = ValueModelJson.Parse(json);
            if (parsed.Success)
            {
                var compiled = ValueModelCompiler.Compile(parsed.Document!);
                Assert.True(compiled.Model is not null || compiled.Diagnostics.Any(d => d.IsError));
            }
            else
            {
                Assert.Contains(parsed.Errors, e => e.IsError);
            }
        });
        Assert.True(executions > 0);
    }
}
