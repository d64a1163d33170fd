using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SamePage.Core.Actuals;
using SamePage.Core.Mapping;

namespace SamePage.Core.Tests.Fuzz;

/// <summary>
/// Column mappings and the values they read, whatever a client sends: a mapping is used or refused with an
/// <see cref="ImportMappingException"/>, and every mapped value becomes a value or an issue; nothing else escapes.
/// </summary>
public sealed class MappingFuzzTests
{
    private static readonly string[] s_amountPieces =
    [
        "1", "0", "12", "234", "500", "9999999999999999999999999999", ",", ".", " ", "\u00A0", "'", "(", ")", "-", "+", "$", "€", "£", "EUR", "USD", "usd", "XYZ",
        "%", "k", "K", "m", "Mio", "Tsd.", "bn", "e", "E5", "∞", "NaN", "\u0000", "ä",
    ];

    private static readonly string[] s_jsonPieces =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\"format\"", "\"samepage.mapping/1\"", "\"kind\"", "\"deals\"", "\"survey-responses\"", "\"columns\"",
        "\"externalId\"", "\"partnerId\"", "\"productRevenue\"", "\"status\"", "\"date\"", "\"column\"", "\"constant\"", "\"formula\"", "\"join\"",
        "\"values\"", "\"match\"", "\"name\"", "\"*\"", "\"skip\"", "\"won\"", "\"A\"", "\"B\"", "\"A * B\"", "\"[A|B] / 0\"", "\"dateFormats\"",
        "\"%Y\"", "\"M/d/yyyy\"", "\"culture\"", "\"xx-XX\"", "\"currency\"", "\"rates\"", "\"from\"", "\"rate\"", "-1", "0", "1e999", "null", "true",
    ];

    private static readonly Gen<string> s_amounts = Gen.Elements(s_amountPieces).ListOf().Select(p => string.Concat(p.Take(40)));

    private static readonly Gen<string> s_mappings = Gen.Elements(s_jsonPieces).ListOf().Select(p => string.Concat(p.Take(200)));

    [Fact]
    public void Amounts_parse_or_say_why_not()
    {
        var executions = FuzzRun.ForAll("amount", s_amounts, text =>
        {
            foreach (var culture in new[] { NumberCulture.Invariant, NumberCulture.German })
            {
                if (!AmountParser.TryParse(text, culture, suffixes: true, percent: true, out _, out var reason))
                {
                    Assert.False(string.IsNullOrWhiteSpace(reason));
                }
            }
        });
        Assert.True(executions > 0);
    }

    [Fact]
    public void Mappings_are_used_or_refused_with_a_mapping_error()
    {
        const string csv = "A,B,C\n1,2,x\n\"EUR 1.234,50\",0,y\n,(3),z\n";
        var executions = FuzzRun.ForAll("mapping", s_mappings, json =>
        {
            try
            {
                var mapping = MappingJson.Read(json);
                var source = TabularReader.OpenCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
                using var reader = new MappedTabularReader(source, CompiledMapping.CompileLenient(MappingPresets.Resolve(mapping, source.Headers), source.Headers), ReferenceDirectory.Empty);
                var values = new object?[reader.Headers.Count];
                while (reader.Read())
                {
                    reader.CopyValues(values);
                }
            }
            catch (ImportMappingException)
            {
            }
        });
        Assert.True(executions > 0);
    }
}
