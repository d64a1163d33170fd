using SamePage.Core.Talk;
using SamePage.Core.Values;

namespace SamePage.Data.Talk;

/// <summary>Maps a value model to the analyzer's shared language: terms from inputs and drivers, figures from the evaluated model.</summary>
public static class TalkVocabularyBuilder
{
    /// <summary>Every input and driver becomes a term with its English and German label and the vendor's synonyms.</summary>
    public static TalkVocabulary Build(ValueModelDocument document, IEnumerable<TalkFeatureMapping>? mappings = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var terms = new List<TalkValueTerm>();
        foreach (var driver in document.Drivers)
        {
            terms.Add(Term(driver.Name, TalkTermKind.Driver, driver.Label, driver.Synonyms));
        }
        foreach (var input in document.Inputs)
        {
            terms.Add(Term(input.Name, TalkTermKind.Input, input.Label, input.Synonyms));
        }
        return new TalkVocabulary(terms, [.. mappings ?? []]);
    }

    /// <summary>
    /// Yearly figure per money driver at the likely inputs: the driver's total over the first 12 months of the
    /// business case (absolute, so a cost driver reads as "cuts … by"). Metric drivers (counts) carry no money and are left out.
    /// </summary>
    public static IReadOnlyList<DriverFigure> Figures(ValueModelDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var compiled = ValueModelCompiler.Compile(document);
        if (!compiled.Success)
        {
            return [];
        }
        BusinessCase businessCase;
        try
        {
            businessCase = compiled.Model!.Evaluate();
        }
        catch (ValueModelEvaluationException)
        {
            return [];
        }
        var drivers = document.Drivers.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var figures = new List<DriverFigure>();
        foreach (var result in businessCase.Drivers)
        {
            if (!drivers.TryGetValue(result.Name, out var driver) || string.Equals(driver.Category, "metric", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var firstYear = Math.Abs(result.Monthly.Take(12).Sum());
            if (firstYear < 1)
            {
                continue;
            }
            figures.Add(new DriverFigure(result.Name, driver.Label?.En ?? result.Name, driver.Label?.De ?? driver.Label?.En ?? result.Name,
                Math.Round((decimal)firstYear, 0), document.Currency ?? "EUR"));
        }
        return figures;
    }

    private static TalkValueTerm Term(string name, TalkTermKind kind, LocalizedText? label, IReadOnlyList<string>? synonyms) =>
        new(name, kind, label?.En is { Length: > 0 } en ? [en] : [], label?.De is { Length: > 0 } de ? [de] : [], synonyms ?? []);
}
