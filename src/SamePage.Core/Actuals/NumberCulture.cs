using System.Globalization;

namespace SamePage.Core.Actuals;

/// <summary>How numbers and dates in a text file are written.</summary>
public enum NumberCulture
{
    /// <summary>Decimal point, optional ',' thousands groups (1,234.56); dates YYYY-MM-DD.</summary>
    Invariant,

    /// <summary>Decimal comma, optional '.' thousands groups (1.234,56); dates YYYY-MM-DD or DD.MM.YYYY.</summary>
    German,
}

/// <summary>Maps a culture name given by the user (such as --culture de-DE) to a <see cref="NumberCulture"/>.</summary>
public static class NumberCultures
{
    /// <summary>
    /// Null or empty means "detect from the file". A culture whose decimal separator is a comma (de-DE, de-AT, fr-FR, ...)
    /// reads as <see cref="NumberCulture.German"/>; every other culture, and "invariant", as <see cref="NumberCulture.Invariant"/>.
    /// </summary>
    public static NumberCulture? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (name.Equals("invariant", StringComparison.OrdinalIgnoreCase))
        {
            return NumberCulture.Invariant;
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name.Trim());
        }
        catch (CultureNotFoundException ex)
        {
            throw new ArgumentException($"'{name}' is not a known culture (use for example de-DE or en-US).", nameof(name), ex);
        }

        return culture.NumberFormat.NumberDecimalSeparator == "," ? NumberCulture.German : NumberCulture.Invariant;
    }
}
