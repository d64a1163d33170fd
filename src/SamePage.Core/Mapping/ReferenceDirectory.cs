using System.Globalization;
using Quickenshtein;

namespace SamePage.Core.Mapping;

/// <summary>How a partner reference in a source file is matched.</summary>
public enum PartnerMatch
{
    /// <summary>The externalId, then the CRM id, then the name or an alias.</summary>
    Auto,
    ExternalId,
    CrmId,
    Name,
}

/// <summary>A partner as the matcher knows it.</summary>
public sealed record KnownPartner(string ExternalId, string Name, string? CrmId, IReadOnlyList<string> Aliases);

/// <summary>A solution as the matcher knows it; amounts of its deals are in <see cref="Currency"/>.</summary>
public sealed record KnownSolution(int Id, string Name, string Currency)
{
    /// <summary>The id as the import's solution column carries it.</summary>
    public string Key { get; } = Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Finds the partners and solutions a mapped file refers to: by externalId, CRM id, or by name (case- and space-insensitive,
/// aliases included). An unknown or ambiguous name is an error that names the closest known names. Answers are cached per
/// distinct source text, so a 2-million-row file looks each partner up once.
/// </summary>
public sealed class ReferenceDirectory
{
    private const int MaxCached = 100_000;
    private const int Suggestions = 3;

    /// <summary>Distinct unknown names that get "closest" suggestions: each costs an edit distance to every partner.</summary>
    private const int MaxSuggested = 200;

    private readonly Dictionary<string, KnownPartner> _byExternalId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownPartner>> _byCrmId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<KnownPartner>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownSolution> _solutionByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Id, string? Problem)>[] _partnerCache =
        [.. Enum.GetValues<PartnerMatch>().Select(_ => new Dictionary<string, (string? Id, string? Problem)>(StringComparer.Ordinal))];
    private readonly Dictionary<string, (KnownSolution? Solution, string? Problem)> _solutionCache = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<KnownPartner> _partners;
    private readonly IReadOnlyList<KnownSolution> _solutions;
    private int _suggested;

    public ReferenceDirectory(IReadOnlyList<KnownPartner> partners, IReadOnlyList<KnownSolution> solutions)
    {
        _partners = partners;
        _solutions = solutions;
        foreach (var partner in partners)
        {
            _byExternalId[partner.ExternalId] = partner;
            if (!string.IsNullOrWhiteSpace(partner.CrmId))
            {
                Add(_byCrmId, partner.CrmId.Trim(), partner);
            }

            foreach (var name in partner.Aliases.Prepend(partner.Name).Select(NameKey).Distinct())
            {
                Add(_byName, name, partner);
            }
        }

        foreach (var solution in solutions)
        {
            _solutionByName.TryAdd(NameKey(solution.Name), solution);
            _solutionByName.TryAdd(solution.Key, solution);
        }
    }

    public static ReferenceDirectory Empty { get; } = new([], []);

    public IReadOnlyList<KnownSolution> Solutions => _solutions;

    public string? PartnerName(string externalId) => _byExternalId.GetValueOrDefault(externalId)?.Name;

    public string? SolutionName(string id) => _solutions.FirstOrDefault(s => s.Key == id)?.Name;

    /// <summary>
    /// The solution a product label stands for: the one whose name the label contains ("Nordlicht Backup for Microsoft 365"),
    /// else the nearest in edits if within a third of the label's length.
    /// </summary>
    public KnownSolution? ClosestSolution(string value)
    {
        var key = NameKey(value);
        var containing = _solutions.Where(s => NameKey(s.Name).Length > 2 && key.Contains(NameKey(s.Name), StringComparison.Ordinal)).ToList();
        if (containing.Count > 0)
        {
            return containing.MaxBy(s => s.Name.Length);
        }

        return Nearest(value, _solutions, s => s.Name).FirstOrDefault();
    }

    /// <summary>The partner's externalId, or a problem that says why there is none.</summary>
    public (string? ExternalId, string? Problem) FindPartner(string text, PartnerMatch match)
    {
        var cache = _partnerCache[(int)match];
        if (cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var result = Resolve(text.Trim(), match);
        if (cache.Count < MaxCached)
        {
            cache[text] = result;
        }

        return result;
    }

    /// <summary>The solution by name (case- and space-insensitive) or id, or a problem naming the closest names.</summary>
    public (KnownSolution? Solution, string? Problem) FindSolution(string text)
    {
        if (_solutionCache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var value = text.Trim();
        var result = _solutionByName.TryGetValue(NameKey(value), out var solution)
            ? (solution, (string?)null)
            : (null, $"unknown solution{Closest(value, _solutions.Select(s => (s.Name, s.Name)))}");
        if (_solutionCache.Count < MaxCached)
        {
            _solutionCache[text] = result;
        }

        return result;
    }

    /// <summary>Lower case with all white space removed: "Müller  IT GmbH" and "müller it gmbh" are one name.</summary>
    public static string NameKey(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    private (string? Id, string? Problem) Resolve(string value, PartnerMatch match)
    {
        if (match is PartnerMatch.ExternalId or PartnerMatch.Auto && _byExternalId.ContainsKey(value))
        {
            return (value, null);
        }

        if (match is PartnerMatch.CrmId or PartnerMatch.Auto && _byCrmId.TryGetValue(value, out var byCrm))
        {
            return byCrm.Count == 1 ? (byCrm[0].ExternalId, null) : (null, $"ambiguous CRM id: {Listed(byCrm)} have it");
        }

        if (match is PartnerMatch.Name or PartnerMatch.Auto && _byName.TryGetValue(NameKey(value), out var byName))
        {
            return byName.Count == 1
                ? (byName[0].ExternalId, null)
                : (null, $"ambiguous partner name: {Listed(byName)} are all called so; match by externalId or CRM id, or give one an alias");
        }

        var what = match switch
        {
            PartnerMatch.ExternalId => "no partner with this externalId",
            PartnerMatch.CrmId => "no partner with this CRM id",
            PartnerMatch.Name => "no partner with this name or alias",
            _ => "no partner with this externalId, CRM id, name or alias",
        };
        var closest = match == PartnerMatch.CrmId ? ""
            : ++_suggested > MaxSuggested ? $"; no closest names after {MaxSuggested} unknown ones (is the right column mapped?)"
            : Closest(value, _partners.Select(p => (p.Name, $"{p.Name} ({p.ExternalId})")));
        return (null, $"unknown partner ({what}){closest}");
    }

    private static string Listed(List<KnownPartner> partners) =>
        string.Join(", ", partners.Take(5).Select(p => $"{p.Name} ({p.ExternalId})")) + (partners.Count > 5 ? $" and {partners.Count - 5} more" : "");

    /// <summary>"; closest: Müller IT (P-001), …" for names within a third of their length in edits, or "".</summary>
    private static string Closest(string value, IEnumerable<(string Name, string Shown)> known)
    {
        var close = Nearest(value, known, k => k.Name).Take(Suggestions).Select(k => k.Shown).ToList();
        return close.Count == 0 ? "" : $"; closest: {string.Join(", ", close)}";
    }

    /// <summary>The items whose names are within a third of the value's length in edits, nearest first.</summary>
    private static IEnumerable<T> Nearest<T>(string value, IEnumerable<T> items, Func<T, string> name)
    {
        var key = NameKey(value);
        if (key.Length is 0 or > 200)
        {
            return [];
        }

        return items
            .Select(item => (Item: item, Distance: Levenshtein.GetDistance(key, NameKey(name(item)))))
            .Where(k => k.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(k => k.Distance)
            .Select(k => k.Item);
    }

    private static void Add(Dictionary<string, List<KnownPartner>> index, string key, KnownPartner partner)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(partner);
    }
}
