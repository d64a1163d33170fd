using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Cockpit;

/// <summary>One business event of the cockpit feed: when, a sentence in the user's language, and where to look.</summary>
public sealed record FeedItem(DateTimeOffset At, string Text, string? Link);

/// <summary>
/// The cockpit's "what changed" as business events in sentences, read from the audit log: imports, solutions, value
/// models, targets, measures, communications, surveys, retrainings. System rows (keys, accounts, segment rows …) never
/// appear, and survey answers are only counted per survey, never attributed to a partner.
/// </summary>
public sealed class ChangeFeed(SamePageDbContext db, IStringLocalizer<SharedResource> l)
{
    /// <summary>Audit rows read per feed: enough for a busy week, bounded for the page.</summary>
    public const int MaxRowsRead = 5_000;

    private static readonly HashSet<string> s_kinds =
    [
        nameof(Solution), nameof(ValueModelVersion), nameof(Target), nameof(Measure), nameof(Communication),
        nameof(SurveyWave), nameof(SurveyResponse), nameof(TalkModelVersion), nameof(Partner), "Database",
    ];

    public async Task<IReadOnlyList<FeedItem>> SinceAsync(DateTimeOffset since, int take, CancellationToken cancellationToken)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.At > since && (a.Action == "Imported" || s_kinds.Contains(a.EntityType)))
            .OrderByDescending(a => a.Id).Take(MaxRowsRead).ToListAsync(cancellationToken);
        var solutions = await db.Solutions.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var models = await db.ValueModels.AsNoTracking().ToDictionaryAsync(m => m.Id, m => (m.SolutionId, m.Segment), cancellationToken);
        var waves = await db.SurveyWaves.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var items = new List<FeedItem>();
        // Survey answers: one line per survey with a count, placed at the latest answer.
        foreach (var group in rows.Where(r => r.EntityType == nameof(SurveyResponse) && r.Action == "Added").GroupBy(r => Int(Value(Parse(r.Changes), "WaveId"))))
        {
            var name = group.Key is { } id ? waves.GetValueOrDefault(id) : null;
            items.Add(new FeedItem(group.Max(r => r.At), l["{0:N0} new survey answers for '{1}'", group.Count(), name ?? "–"], group.Key is { } w ? $"/surveys/{w}" : null));
        }
        foreach (var row in rows.Where(r => r.EntityType != nameof(SurveyResponse)))
        {
            if (Sentence(row, solutions, models, waves) is { } item)
            {
                items.Add(item);
            }
        }
        return [.. items.OrderByDescending(i => i.At).Take(take)];
    }

    private FeedItem? Sentence(AuditEntry row, Dictionary<int, string> solutions, Dictionary<int, (int SolutionId, string Segment)> models, Dictionary<int, string> waves)
    {
        var who = string.IsNullOrEmpty(row.UserName) || row.UserName == "system" ? "SamePage" : row.UserName;
        string Solution(int? id) => id is { } s ? solutions.GetValueOrDefault(s, "–") : "–";
        var changes = Parse(row.Changes);
        switch (row.EntityType, row.Action)
        {
            case (_, "Imported"):
                var read = changes.ValueKind == JsonValueKind.Object && changes.TryGetProperty("rows", out var r) && r.TryGetInt32(out var n) ? n : 0;
                return new FeedItem(row.At, l["{0} imported {1:N0} rows of {2} from {3}", who, read, l[row.EntityType], row.EntityId ?? "–"], "/imports");
            case ("Database", "DemoLoaded"):
                return new FeedItem(row.At, l["The demo data was loaded."], null);
            case (nameof(Data.Entities.Solution), "Added"):
                return new FeedItem(row.At, l["{0} added the solution '{1}'", who, Text(changes, "Name")], Link("/solutions/", row.EntityId));
            case (nameof(Data.Entities.Solution), "Modified") when Has(changes, "ArchivedAt"):
                return new FeedItem(row.At, l[Text(changes, "ArchivedAt").Length > 0 ? "{0} archived the solution '{1}'" : "{0} restored the solution '{1}'", who, Solution(Int(row.EntityId))], Link("/solutions/", row.EntityId));
            case (nameof(ValueModelVersion), "Added"):
                var model = Int(Value(changes, "ValueModelId"));
                var (solutionId, segment) = model is { } m ? models.GetValueOrDefault(m) : default;
                return new FeedItem(row.At, l["{0} saved version {1} of the value model {2} · {3}", who, Text(changes, "Version"), Solution(solutionId), segment], model is { } link ? $"/models/{link}" : null);
            case (nameof(Target), "Added" or "Modified"):
                var npv = decimal.TryParse(Text(changes, "FactualNpv"), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value.ToString("N0", CultureInfo.CurrentCulture) + " €" : "–";
                return new FeedItem(row.At, l["{0} set the target of {1} {2} to {3}", who, Solution(Int(Value(changes, "SolutionId"))), Text(changes, "Segment"), npv], "/targets");
            case (nameof(Measure), "Added"):
                return new FeedItem(row.At, l["{0} added the measure '{1}'", who, Text(changes, "Name")], Link("/measures/", row.EntityId));
            case (nameof(Measure), "Modified") when Has(changes, "Status"):
                return new FeedItem(row.At, l["{0} moved a measure to '{1}'", who, l[EnumText<MeasureStatus>(changes, "Status")]], Link("/measures/", row.EntityId));
            case (nameof(Communication), "Added"):
                return new FeedItem(row.At, l["{0} recorded the communication '{1}'", who, Text(changes, "Title")], Link("/communications/", row.EntityId));
            case (nameof(SurveyWave), "Added"):
                return new FeedItem(row.At, l["{0} drafted the survey '{1}'", who, Text(changes, "Name")], Link("/surveys/", row.EntityId));
            case (nameof(SurveyWave), "Modified") when Has(changes, "Status"):
                var wave = Int(row.EntityId) is { } wid ? waves.GetValueOrDefault(wid, "–") : "–";
                return new FeedItem(row.At, l[EnumText<SurveyWaveStatus>(changes, "Status") == nameof(SurveyWaveStatus.Closed) ? "The survey '{0}' was closed" : "The survey '{0}' was opened", wave], Link("/surveys/", row.EntityId));
            case (nameof(TalkModelVersion), "Added"):
                return new FeedItem(row.At, l["{0} retrained the talk classifier with {1} corrections", who, Text(changes, "Corrections")], "/talk/check#classifier");
            case (nameof(Partner), "Added"):
                return new FeedItem(row.At, l["{0} added the partner '{1}'", who, Text(changes, "Name")], Link("/partners/", row.EntityId));
            default:
                return null;
        }
    }

    private static string? Link(string prefix, string? id) => id is null || id.StartsWith('-') ? null : prefix + id;

    /// <summary>An audit entry's changes, read once per row (default when empty or not JSON).</summary>
    private static JsonElement Parse(string? json)
    {
        try
        {
            return json is null ? default : JsonSerializer.Deserialize<JsonElement>(json);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>The new value of a property in a row audit ({"Name": [old, new]}), or default.</summary>
    private static JsonElement Value(JsonElement changes, string property) =>
        changes.ValueKind == JsonValueKind.Object && changes.TryGetProperty(property, out var pair)
            && pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2 ? pair[1] : default;

    private static bool Has(JsonElement changes, string property) =>
        changes.ValueKind == JsonValueKind.Object && changes.TryGetProperty(property, out _);

    private static string Text(JsonElement changes, string property) => Value(changes, property) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? "",
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => "",
    };

    /// <summary>An enum value as recorded (its number, or its name when the column stores text) by name.</summary>
    private static string EnumText<T>(JsonElement changes, string property) where T : struct, Enum =>
        Int(Value(changes, property)) is { } number ? Enum.GetName(typeof(T), number) ?? "" : Text(changes, property);

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i : null;

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
}
