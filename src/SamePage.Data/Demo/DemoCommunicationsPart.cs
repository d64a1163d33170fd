using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;
using SamePage.Data.Talk;

namespace SamePage.Data.Demo;

/// <summary>
/// The demo's partner communications (Demo/Communications/*.md, embedded): newsletters, release notes, playbooks,
/// webinar invitations, partner mails and pricing announcements in German and English for the three solutions,
/// drifting from product talk to business talk over the demo window. Each is analysed on load and the result stored.
/// </summary>
public sealed class DemoCommunicationsPart(TalkService talk) : IDemoPart
{
    private const string Prefix = "SamePage.Data.Demo.Communications.";

    public string Name => "communications";

    /// <summary>Feature phrases the demo vendor has mapped to drivers (both languages).</summary>
    public static IReadOnlyList<(string Solution, string Feature, string Driver)> FeatureMappings { get; } =
    [
        (DemoCatalog.Backup, "Deduplizierung", "serviceDelivery"),
        (DemoCatalog.Backup, "deduplication", "serviceDelivery"),
        (DemoCatalog.Backup, "Self-Service-Restore", "serviceDelivery"),
        (DemoCatalog.Backup, "self-service restore", "serviceDelivery"),
        (DemoCatalog.Backup, "multi-tenant console", "serviceDelivery"),
        (DemoCatalog.Backup, "Vorlagenbibliothek", "onboarding"),
        (DemoCatalog.Backup, "immutable storage", "managedServices"),
        (DemoCatalog.SecureMail, "Migrationsassistent", "implementationServices"),
        (DemoCatalog.SecureMail, "migration wizard", "implementationServices"),
        (DemoCatalog.SecureMail, "renewal reminder", "renewals"),
        (DemoCatalog.SecureMail, "Verlängerungserinnerung", "renewals"),
        (DemoCatalog.SecureMail, "Phishing-Simulation", "implementationServices"),
        (DemoCatalog.Analytics, "template library", "presales"),
        (DemoCatalog.Analytics, "Vorlagenbibliothek", "presales"),
        (DemoCatalog.Analytics, "data connectors", "projectServices"),
        (DemoCatalog.Analytics, "Datenkonnektoren", "projectServices"),
    ];

    public async Task LoadAsync(SamePageDbContext db, int seed, CancellationToken cancellationToken)
    {
        var solutions = await db.Solutions.ToDictionaryAsync(s => s.Name, s => s.Id, cancellationToken);
        foreach (var (solution, feature, driver) in FeatureMappings)
        {
            db.FeatureMappings.Add(new FeatureMapping { SolutionId = solutions[solution], Feature = feature, DriverName = driver });
        }
        await db.SaveChangesAsync(cancellationToken);

        var setups = new Dictionary<(int?, string?), TalkSetup>();
        foreach (var message in Read())
        {
            int? solutionId = solutions.TryGetValue(message.Solution, out var id) ? id : null;
            var communication = new Communication
            {
                Title = message.Title,
                Body = message.Body,
                SolutionId = solutionId,
                Channel = message.Channel,
                AudienceSegments = message.Segments,
                AudiencePartnerTypes = message.PartnerTypes,
                Date = message.Date,
                Language = message.Language,
            };
            var key = (solutionId, message.Segments.FirstOrDefault());
            if (!setups.TryGetValue(key, out var setup))
            {
                setups[key] = setup = await talk.SetupAsync(solutionId?.ToString(CultureInfo.InvariantCulture), key.Item2, cancellationToken);
            }
            TalkService.Store(communication, TalkService.Analyze(setup, communication));
            db.Communications.Add(communication);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A demo message with its front matter.</summary>
    public sealed record DemoMessage(string File, DateOnly Date, string Solution, string Channel, List<string> Segments, List<string> PartnerTypes, string Language, string Title, string Body);

    /// <summary>All embedded demo messages, in date order.</summary>
    public static IReadOnlyList<DemoMessage> Read()
    {
        var assembly = typeof(DemoCommunicationsPart).Assembly;
        var messages = new List<DemoMessage>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            messages.Add(Parse(name[Prefix.Length..], reader.ReadToEnd()));
        }
        return [.. messages.OrderBy(m => m.Date).ThenBy(m => m.File, StringComparer.Ordinal)];
    }

    /// <summary>Front matter between "---" lines: date, solution, channel, audience, partnerTypes, language, title; the rest is the body.</summary>
    public static DemoMessage Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0] != "---")
        {
            throw new FormatException($"{file}: front matter missing.");
        }
        var end = Array.IndexOf(lines, "---", 1);
        if (end < 0)
        {
            throw new FormatException($"{file}: front matter not closed.");
        }
        var fields = lines[1..end].Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        static List<string> List(string? value) => [.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        return new DemoMessage(
            file,
            DateOnly.ParseExact(fields["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            fields.GetValueOrDefault("solution") ?? "",
            fields.GetValueOrDefault("channel") ?? "newsletter",
            List(fields.GetValueOrDefault("audience")),
            List(fields.GetValueOrDefault("partnerTypes")),
            fields.GetValueOrDefault("language") ?? "en",
            fields["title"],
            string.Join('\n', lines[(end + 1)..]).Trim() + "\n");
    }
}
