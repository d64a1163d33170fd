using System.Globalization;
using System.Text.Json;

namespace SamePage.Web.Tests;

/// <summary>The target in force for a solution × segment, worked out in the test by the rule: the next one due from today, else the latest.</summary>
internal static class CurrentTarget
{
    public static async Task<JsonElement> OfAsync(HttpClient vendor, string solution, string segment)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var mine = (await vendor.GetJsonAsync("/api/v1/targets")).GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("solution").GetString() == solution && t.GetProperty("segment").GetString() == segment)
            .Select(t => (Due: DateOnly.Parse(t.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture), Body: t))
            .ToList();
        return mine.Where(t => t.Due >= today).OrderBy(t => t.Due).Select(t => t.Body).FirstOrDefault() is { ValueKind: JsonValueKind.Object } next
            ? next
            : mine.OrderByDescending(t => t.Due).First().Body;
    }
}
