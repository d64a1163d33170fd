using System.Globalization;

namespace SamePage.Web.Reports;

/// <summary>
/// The language of a report: its sentence templates (one dictionary per language, see <see cref="ReportPhrases"/>)
/// and number formats. Money is shown in whole euros the way a reader of the language writes them.
/// </summary>
public sealed class ReportLanguage
{
    private readonly IReadOnlyDictionary<string, string> _phrases;

    private ReportLanguage(string code, CultureInfo culture, IReadOnlyDictionary<string, string> phrases)
    {
        Code = code;
        Culture = culture;
        _phrases = phrases;
    }

    public static ReportLanguage English { get; } = new("en", CultureInfo.GetCultureInfo("en-GB"), ReportPhrases.English);
    public static ReportLanguage German { get; } = new("de", CultureInfo.GetCultureInfo("de-DE"), ReportPhrases.German);

    public string Code { get; }
    public CultureInfo Culture { get; }

    /// <summary>"de" gives German, "en" or nothing English; anything else is null (bad input).</summary>
    public static ReportLanguage? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        null or "" or "en" => English,
        "de" => German,
        _ => null,
    };

    /// <summary>The template <paramref name="key"/> filled with <paramref name="args"/> in this language's culture.</summary>
    public string T(string key, params object?[] args) =>
        _phrases.TryGetValue(key, out var template)
            ? string.Format(Culture, template, args)
            : throw new KeyNotFoundException($"No report phrase '{key}' in '{Code}'.");

    /// <summary>Whole euros; a no-break space keeps the figure and its sign on one line.</summary>
    public string Money(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", Culture) + "\u00a0€";

    public string Money(decimal value) => Money((double)value);

    public string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "N0" : Math.Abs(value) >= 10 ? "N1" : "0.##", Culture);

    public string Percent(double share) => share.ToString("P0", Culture).Replace(' ', '\u00a0');

    public string SignedPercent(double share) => (share >= 0 ? "+" : "") + Percent(share);

    /// <summary>Runs chart code in this language's culture, so axis numbers and dates read the way the text does.</summary>
    public T InCulture<T>(Func<T> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Culture;
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    public string Date(DateOnly date) => date.ToString(Code == "de" ? "d. MMMM yyyy" : "d MMMM yyyy", Culture);
}
