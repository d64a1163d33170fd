namespace SamePage.Core.Actuals;

/// <summary>The three import files of issue "factual value": partners.csv, deals.csv and costs.csv.</summary>
public static class ImportSchemas
{
    public static RowSchema<PartnerRow> Partners { get; } = new(
        "partners",
        [
            new("externalId", true, ImportValueKind.Text),
            new("name", true, ImportValueKind.Text),
            new("type", true, ImportValueKind.Text),
            new("tier", false, ImportValueKind.Text),
            new("country", false, ImportValueKind.Text),
            new("region", false, ImportValueKind.Text),
            new("segment", false, ImportValueKind.Text),
            new("crmId", false, ImportValueKind.Text),
            new("aliases", false, ImportValueKind.Text),
        ],
        ParsePartner);

    public static RowSchema<DealRow> Deals { get; } = new(
        "deals",
        [
            new("externalId", true, ImportValueKind.Text),
            new("partnerId", true, ImportValueKind.Text),
            new("solution", true, ImportValueKind.Text),
            new("date", true, ImportValueKind.Date),
            new("type", true, ImportValueKind.Text),
            new("customerId", true, ImportValueKind.Text),
            new("productRevenue", true, ImportValueKind.Number),
            new("partnerMargin", true, ImportValueKind.Number),
            new("servicesRevenue", false, ImportValueKind.Number),
            new("seats", false, ImportValueKind.Number),
            new("status", true, ImportValueKind.Text),
        ],
        ParseDeal);

    public static RowSchema<CostRow> Costs { get; } = new(
        "costs",
        [
            new("externalId", true, ImportValueKind.Text),
            new("partnerId", true, ImportValueKind.Text),
            new("solution", true, ImportValueKind.Text),
            new("date", true, ImportValueKind.Date),
            new("category", true, ImportValueKind.Text),
            new("amount", true, ImportValueKind.Number),
            new("hours", false, ImportValueKind.Number),
        ],
        ParseCost);

    /// <summary>The text of a name-like column, with an issue when it is longer than <see cref="FieldLimits.Name"/>.</summary>
    private static string? Short(FieldReader f, int column, string? text)
    {
        if (text is { Length: > FieldLimits.Name })
        {
            f.AddIssue(column, text[..40] + "…", $"at most {FieldLimits.Name} characters (this has {text.Length:N0})");
        }
        return text;
    }

    private static PartnerRow? ParsePartner(FieldReader f)
    {
        var externalId = Short(f, 0, f.RequiredText(0));
        var name = Short(f, 1, f.RequiredText(1));
        var type = f.Enum<PartnerType>(2);
        var country = f.Text(4);
        if (country is not null)
        {
            if (CountryCodes.IsAssigned(country))
            {
                country = country.ToUpperInvariant();
            }
            else
            {
                f.AddIssue(4, country, CountryCodes.Explain(country));
            }
        }

        var (tier, region, segment, crmId) = (Short(f, 3, f.Text(3)), Short(f, 5, f.Text(5)), Short(f, 6, f.Text(6)), Short(f, 7, f.Text(7)));

        // Aliases are one cell: "Müller IT; Mueller IT Services".
        string[]? aliases = f.Text(8) is { } list ? [.. list.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()] : null;
        if (aliases is { Length: > 20 } || aliases?.Any(a => a.Length > FieldLimits.Name) == true)
        {
            f.AddIssue(8, f.Text(8)![..Math.Min(40, f.Text(8)!.Length)], $"at most 20 aliases of at most {FieldLimits.Name} characters each, separated by ';'");
        }

        return f.HasIssues ? null : new PartnerRow(externalId!, name!, type!.Value, tier, country, region, segment, crmId, aliases);
    }

    private static DealRow? ParseDeal(FieldReader f)
    {
        var externalId = Short(f, 0, f.RequiredText(0));
        var partnerId = Reference(f, 1, f.References.PartnerExists, "unknown partner (no partner with this externalId)");
        var solution = Reference(f, 2, f.References.SolutionExists, "unknown solution (no solution with this name or id)");
        var date = f.Date(3);
        var type = f.Enum<DealType>(4);
        var customerId = Short(f, 5, f.RequiredText(5));
        var productRevenue = f.NumberAtLeast(6, required: true, 0m);
        var status = f.Enum<DealStatus>(10);

        // A lost deal earns nothing, so exports often leave its margin empty.
        var margin = Fraction(f, 7, required: status != DealStatus.Lost);
        var services = f.NumberAtLeast(8, required: false, 0m);
        var seats = Seats(f, 9);

        return f.HasIssues
            ? null
            : new DealRow(externalId!, partnerId!, solution!, date!.Value, type!.Value, customerId!, productRevenue!.Value,
                margin ?? 0m, services ?? 0m, seats, status!.Value);
    }

    private static CostRow? ParseCost(FieldReader f)
    {
        var externalId = Short(f, 0, f.RequiredText(0));
        var partnerId = Reference(f, 1, f.References.PartnerExists, "unknown partner (no partner with this externalId)");
        var solution = Reference(f, 2, f.References.SolutionExists, "unknown solution (no solution with this name or id)");
        var date = f.Date(3);
        var category = f.Enum<CostCategory>(4);
        var amount = f.NumberAtLeast(5, required: true, 0m);
        var hours = f.NumberAtLeast(6, required: false, 0m);

        return f.HasIssues
            ? null
            : new CostRow(externalId!, partnerId!, solution!, date!.Value, category!.Value, amount!.Value, hours);
    }

    private static string? Reference(FieldReader f, int column, Func<string, bool>? exists, string reason)
    {
        var value = f.RequiredText(column);
        if (value is not null && exists is not null && !exists(value))
        {
            f.AddIssue(column, value, reason);
        }

        return value;
    }

    /// <summary>A fraction 0..1; 15 is rejected as a percentage written as a whole number.</summary>
    private static decimal? Fraction(FieldReader f, int column, bool required)
    {
        var value = f.Number(column, required);
        if (value is null)
        {
            return null;
        }

        if (value < 0m || value > 1m)
        {
            var text = f.Text(column) ?? string.Empty;
            var reason = value > 1m && value <= 100m
                ? $"must be a fraction between 0 and 1: {text} looks like a percentage, write {(value.Value / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture)} for {text} %"
                : "must be a fraction between 0 and 1";
            f.AddIssue(column, text, reason);
            return null;
        }

        return value;
    }

    private static int Seats(FieldReader f, int column)
    {
        var value = f.Number(column, required: false);
        if (value is null)
        {
            return 0;
        }

        if (value < 0m || value != decimal.Truncate(value.Value) || value > int.MaxValue)
        {
            f.AddIssue(column, f.Text(column) ?? string.Empty, "must be a whole number of at least 0");
            return 0;
        }

        return (int)value.Value;
    }
}
