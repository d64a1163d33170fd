using System.Globalization;
using SamePage.Core.Values;

namespace SamePage.Web.Pages.Models;

/// <summary>Labels of a model's inputs and drivers in the UI language, falling back to the name.</summary>
public sealed class ModelLabels(ValueModelDocument document)
{
    private static bool German => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de";

    public string Of(string name)
    {
        var label = document.Inputs.FirstOrDefault(i => i.Name == name)?.Label ?? document.Drivers.FirstOrDefault(d => d.Name == name)?.Label;
        return Pick(label) ?? name;
    }

    public static string? Pick(LocalizedText? text) => text is null ? null : (German ? text.De ?? text.En : text.En ?? text.De);
}
