using System.Globalization;

namespace SamePage.Core.Values;

/// <summary>Compares two versions of a value model field by field (for <c>model diff</c> and version history).</summary>
public static class ValueModelDiff
{
    private static readonly (string Field, Func<ValueModelDocument, string?> Get)[] s_settings =
    [
        ("schema", d => d.Schema),
        ("solution", d => d.Solution),
        ("segment", d => d.Segment),
        ("description.en", d => d.Description?.En),
        ("description.de", d => d.Description?.De),
        ("currency", d => d.Currency),
        ("horizonMonths", d => Format(d.HorizonMonths)),
        ("discountRate", d => Format(d.DiscountRate)),
    ];

    private static readonly (string Field, Func<ModelInput, string?> Get)[] s_inputFields =
    [
        ("unit", i => i.Unit),
        ("low", i => Format(i.Low)),
        ("likely", i => Format(i.Likely)),
        ("high", i => Format(i.High)),
        ("label.en", i => i.Label?.En),
        ("label.de", i => i.Label?.De),
        ("description.en", i => i.Description?.En),
        ("description.de", i => i.Description?.De),
        ("actual", i => i.Actual),
        ("askPartners", i => i.AskPartners is { } b ? (b ? "true" : "false") : null),
        ("synonyms", i => Join(i.Synonyms)),
    ];

    private static readonly (string Field, Func<ModelDriver, string?> Get)[] s_driverFields =
    [
        ("category", d => d.Category),
        ("stream", d => d.Stream),
        ("formula", d => d.Formula),
        ("at", d => Format(d.At)),
        ("start", d => Format(d.Start)),
        ("end", d => Format(d.End)),
        ("rampMonths", d => Format(d.RampMonths)),
        ("label.en", d => d.Label?.En),
        ("label.de", d => d.Label?.De),
        ("description.en", d => d.Description?.En),
        ("description.de", d => d.Description?.De),
        ("synonyms", d => Join(d.Synonyms)),
    ];

    /// <summary>The changes that turn <paramref name="before"/> into <paramref name="after"/>: settings, target, then inputs and drivers matched by name.</summary>
    public static IReadOnlyList<ModelChange> Compare(ValueModelDocument before, ValueModelDocument after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ModelChange>();
        foreach (var (field, get) in s_settings)
        {
            AddField(changes, "setting", field, null, get(before), get(after));
        }

        AddField(changes, "target", "npv", null, Format(before.Target?.Npv), Format(after.Target?.Npv));
        CompareItems(changes, "input", before.Inputs, after.Inputs, i => i.Name, s_inputFields);
        CompareItems(changes, "driver", before.Drivers, after.Drivers, d => d.Name, s_driverFields);
        return changes;
    }

    private static void CompareItems<T>(
        List<ModelChange> changes,
        string area,
        IReadOnlyList<T> before,
        IReadOnlyList<T> after,
        Func<T, string> name,
        (string Field, Func<T, string?> Get)[] fields)
    {
        var old = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            old.TryAdd(name(item), item);
        }

        var current = new HashSet<string>(after.Select(name), StringComparer.Ordinal);
        foreach (var item in before.Where(i => !current.Contains(name(i))))
        {
            changes.Add(new ModelChange(ModelChangeKind.Removed, area, name(item), null, null, null));
        }

        foreach (var item in after)
        {
            if (!old.TryGetValue(name(item), out var previous))
            {
                changes.Add(new ModelChange(ModelChangeKind.Added, area, name(item), null, null, null));
                continue;
            }

            foreach (var (field, get) in fields)
            {
                AddField(changes, area, name(item), field, get(previous), get(item));
            }
        }
    }

    private static void AddField(List<ModelChange> changes, string area, string name, string? field, string? before, string? after)
    {
        if (before == after)
        {
            return;
        }

        // Settings and the target are named by their field; inputs and drivers by their name plus the field.
        var (changeName, changeField) = field is null ? (name, (string?)name) : (name, field);
        var kind = before is null ? ModelChangeKind.Added : after is null ? ModelChangeKind.Removed : ModelChangeKind.Changed;
        changes.Add(new ModelChange(kind, area, changeName, changeField, before, after));
    }

    private static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Join(IReadOnlyList<string>? values) => values is null ? null : string.Join(", ", values);
}
