using System.Text.Json.Serialization;
using SamePage.Core.Values;

namespace SamePage.Core.Perception;

/// <summary>
/// A survey question (a record: the database and the generator build on it). Scale questions take whole numbers in
/// <see cref="ScaleMin"/>..<see cref="ScaleMax"/>; an estimate takes any number in its optional Min..Max.
/// InputName links an estimate to its value-model input, DriverName an importance or delivery question to its driver.
/// </summary>
public sealed record SurveyQuestion
{
    public const int MaxFreeTextLength = 4000;

    public required string Id { get; init; }

    public required QuestionKind Kind { get; init; }

    public required LocalizedText Text { get; init; }

    /// <summary>Whether an answer is required; unanswered optional questions are skipped in statistics.</summary>
    public bool Required { get; init; }

    public string? InputName { get; init; }

    public string? Unit { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? DriverName { get; init; }

    public RelationshipAspect? Aspect { get; init; }

    /// <summary>The lowest answer allowed: the scale's bottom, or the estimate's Min (null: no bound).</summary>
    [JsonIgnore]
    public double? ScaleMin => Kind switch
    {
        QuestionKind.Importance or QuestionKind.Delivery or QuestionKind.Relationship => 1,
        QuestionKind.OverallValue or QuestionKind.Nps => 0,
        QuestionKind.Estimate => Min,
        _ => null,
    };

    /// <summary>The highest answer allowed: the scale's top, or the estimate's Max (null: no bound).</summary>
    [JsonIgnore]
    public double? ScaleMax => Kind switch
    {
        QuestionKind.Importance or QuestionKind.Delivery or QuestionKind.Relationship => 5,
        QuestionKind.OverallValue or QuestionKind.Nps => 10,
        QuestionKind.Estimate => Max,
        _ => null,
    };

    /// <summary>Whether answers must be whole numbers (every scale).</summary>
    [JsonIgnore]
    public bool IsWholeNumberScale => Kind is QuestionKind.Importance or QuestionKind.Delivery or QuestionKind.Relationship
        or QuestionKind.OverallValue or QuestionKind.Nps;

    public static SurveyQuestion Estimate(string id, LocalizedText text, string inputName, string unit, double? min, double? max)
    {
        if (min > max)
        {
            throw new ArgumentException($"The range of {id} is empty ({min} > {max}).", nameof(max));
        }

        return new() { Id = id, Kind = QuestionKind.Estimate, Text = text, InputName = inputName, Unit = unit, Min = min, Max = max };
    }

    public static SurveyQuestion Importance(string id, LocalizedText text, string driverName) =>
        new() { Id = id, Kind = QuestionKind.Importance, Text = text, DriverName = driverName };

    public static SurveyQuestion Delivery(string id, LocalizedText text, string driverName) =>
        new() { Id = id, Kind = QuestionKind.Delivery, Text = text, DriverName = driverName };

    public static SurveyQuestion OverallValue(string id, LocalizedText text) =>
        new() { Id = id, Kind = QuestionKind.OverallValue, Text = text };

    public static SurveyQuestion Nps(string id, LocalizedText text) =>
        new() { Id = id, Kind = QuestionKind.Nps, Text = text };

    public static SurveyQuestion Relationship(string id, LocalizedText text, RelationshipAspect aspect) =>
        new() { Id = id, Kind = QuestionKind.Relationship, Text = text, Aspect = aspect };

    public static SurveyQuestion FreeText(string id, LocalizedText text) =>
        new() { Id = id, Kind = QuestionKind.FreeText, Text = text };
}
