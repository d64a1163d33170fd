using Microsoft.EntityFrameworkCore;
using SamePage.Core.Talk;
using SamePage.Data.Entities;

namespace SamePage.Data.Talk;

/// <summary>One sentence of a digest entry, in the order a partner should read it (business talk first).</summary>
public sealed record DigestSentence(string Text, TalkLabel Label, IReadOnlyList<string> Drivers);

/// <summary>A communication as a partner's digest shows it: ranked by congruence with the partner's information needs.</summary>
public sealed record DigestEntry(int Id, string Title, DateOnly Date, string? Solution, string Channel, string Language, double? Congruence, double? BusinessShare, IReadOnlyList<DigestSentence> Highlights);

/// <summary>
/// A communication as the partner itself reads it in the portal and the API: in the digest's order, the sentences
/// about its business first, but never the vendor's own judgement of the message (talk labels, business share, scores).
/// </summary>
public sealed record PortalMessage(int Id, string Title, DateOnly Date, string? Solution, string Channel, string Language, IReadOnlyList<string> Highlights)
{
    public static PortalMessage From(DigestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.Title, entry.Date, entry.Solution, entry.Channel, entry.Language, [.. entry.Highlights.Select(h => h.Text)]);
    }
}

/// <summary>
/// The partner portal's digest: communications meant for the partner's segment and type, ranked by congruence with
/// its ranked information needs (then business share, then date), each with its business sentences first.
/// Only the partner record is partner data here; communications are the vendor's messages to partners.
/// </summary>
public sealed class CommunicationDigest(SamePageDbContext db)
{
    public async Task<IReadOnlyList<DigestEntry>> ForPartnerAsync(Partner partner, int take = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var communications = await db.Communications.AsNoTracking().Include(c => c.Solution).ToListAsync(cancellationToken);
        var entries = new List<DigestEntry>();
        foreach (var communication in communications.Where(c => TalkMix.IsFor(c, partner.Segment, partner.Type.ToString())))
        {
            if (TalkService.Stored(communication) is not { } analysis)
            {
                continue;
            }
            var congruence = TalkCongruence.Compute(analysis.Sentences, partner.InformationNeeds);
            var highlights = analysis.Sentences
                .Where(s => s.Label != TalkLabel.Neutral)
                .OrderBy(s => s.Label switch { TalkLabel.Business => 0, TalkLabel.Bridged => 1, _ => 2 })
                .ThenBy(s => s.Index)
                .Take(4)
                .Select(s => new DigestSentence(s.Text, s.Label, s.Drivers))
                .ToList();
            entries.Add(new DigestEntry(communication.Id, communication.Title, communication.Date, communication.Solution?.Name, communication.Channel,
                communication.Language, congruence, communication.BusinessShare, highlights));
        }
        return [.. entries
            .OrderByDescending(e => e.Congruence ?? -1)
            .ThenByDescending(e => e.BusinessShare ?? -1)
            .ThenByDescending(e => e.Date)
            .Take(Math.Clamp(take, 1, 100))];
    }
}
