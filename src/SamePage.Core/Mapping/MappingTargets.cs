using SamePage.Core.Actuals;

namespace SamePage.Core.Mapping;

/// <summary>What a target column holds, which decides how a mapped source value is read.</summary>
public enum TargetKind
{
    Text,
    Number,

    /// <summary>An amount of money: currency marks and conversion apply.</summary>
    Money,

    /// <summary>A fraction 0..1: "15 %" reads as 0.15.</summary>
    Fraction,
    Date,
    Enumeration,
    Partner,
    Solution,
}

/// <summary>A column of an import kind as a mapping sees it.</summary>
public sealed record MappingTarget(string Name, TargetKind Kind, bool Required, IReadOnlyList<string> Allowed)
{
    public static MappingTarget Of(ImportColumn column, TargetKind kind, IReadOnlyList<string>? allowed = null) =>
        new(column.Name, kind, column.Required, allowed ?? []);
}

/// <summary>The target columns of each import kind a mapping can produce, in file order.</summary>
public static class MappingTargets
{
    public const string SurveyKind = "survey-responses";

    public static IReadOnlyList<string> Kinds { get; } = ["partners", "deals", "costs", SurveyKind];

    private static readonly Dictionary<string, TargetKind> s_kinds = new(StringComparer.Ordinal)
    {
        ["partnerId"] = TargetKind.Partner,
        ["solution"] = TargetKind.Solution,
        ["date"] = TargetKind.Date,
        ["productRevenue"] = TargetKind.Money,
        ["servicesRevenue"] = TargetKind.Money,
        ["amount"] = TargetKind.Money,
        ["partnerMargin"] = TargetKind.Fraction,
        ["seats"] = TargetKind.Number,
        ["hours"] = TargetKind.Number,
    };

    /// <summary>The targets of a kind; for survey responses, externalId and partnerId (questions are added by their ids).</summary>
    public static IReadOnlyList<MappingTarget> For(string kind) => kind switch
    {
        "partners" => Of(ImportSchemas.Partners.Columns, ("type", Names<PartnerType>())),
        "deals" => Of(ImportSchemas.Deals.Columns, ("type", Names<DealType>()), ("status", Names<DealStatus>())),
        "costs" => Of(ImportSchemas.Costs.Columns, ("category", Names<CostCategory>())),
        SurveyKind => [new("externalId", TargetKind.Text, true, []), new("partnerId", TargetKind.Partner, true, [])],
        _ => throw new ImportMappingException($"kind: '{kind}' cannot be mapped; the kinds are {string.Join(", ", Kinds)}"),
    };

    private static MappingTarget[] Of(IReadOnlyList<ImportColumn> columns, params (string Name, string[] Allowed)[] enumerations) =>
        [.. columns.Select(c =>
        {
            var allowed = enumerations.FirstOrDefault(e => e.Name == c.Name).Allowed;
            if (allowed is not null)
            {
                return MappingTarget.Of(c, TargetKind.Enumeration, allowed);
            }

            return MappingTarget.Of(c, s_kinds.GetValueOrDefault(c.Name, TargetKind.Text));
        })];

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => v.ToString().ToLowerInvariant())];
}
