using SamePage.Core.Talk;
using SamePage.Data.Entities;

namespace SamePage.Data.Talk;

/// <summary>Sentence shares of one month: what the communications sent that month talked about.</summary>
public sealed record TalkMixMonth(DateOnly Month, int Messages, double Business, double Bridged, double Product, double Neutral)
{
    /// <summary>(business + bridged) / (business + bridged + product) over the month's sentences; null when none of those.</summary>
    public double? BusinessShare { get; init; }
}

/// <summary>The talk mix over time: per month, the shares of business, bridged, product and neutral sentences.</summary>
public static class TalkMix
{
    public static IReadOnlyList<TalkMixMonth> ByMonth(IEnumerable<Communication> communications)
    {
        ArgumentNullException.ThrowIfNull(communications);
        var months = new List<TalkMixMonth>();
        foreach (var group in communications.GroupBy(c => new DateOnly(c.Date.Year, c.Date.Month, 1)).OrderBy(g => g.Key))
        {
            int business = 0, bridged = 0, product = 0, neutral = 0, messages = 0;
            foreach (var communication in group)
            {
                if (TalkService.Stored(communication) is not { } analysis)
                {
                    continue;
                }
                messages++;
                foreach (var sentence in analysis.Sentences)
                {
                    switch (sentence.Label)
                    {
                        case TalkLabel.Business: business++; break;
                        case TalkLabel.Bridged: bridged++; break;
                        case TalkLabel.Product: product++; break;
                        default: neutral++; break;
                    }
                }
            }
            var total = business + bridged + product + neutral;
            if (total == 0)
            {
                continue;
            }
            var judged = business + bridged + product;
            months.Add(new TalkMixMonth(group.Key, messages, (double)business / total, (double)bridged / total, (double)product / total, (double)neutral / total)
            {
                BusinessShare = judged == 0 ? null : (double)(business + bridged) / judged,
            });
        }
        return months;
    }

    /// <summary>Whether a communication is meant for an audience: no audience set means everyone.</summary>
    public static bool IsFor(Communication communication, string? segment, string? partnerType)
    {
        ArgumentNullException.ThrowIfNull(communication);
        var segmentOk = string.IsNullOrEmpty(segment) || communication.AudienceSegments.Count == 0
            || communication.AudienceSegments.Contains(segment, StringComparer.OrdinalIgnoreCase);
        var typeOk = string.IsNullOrEmpty(partnerType) || communication.AudiencePartnerTypes.Count == 0
            || communication.AudiencePartnerTypes.Contains(partnerType, StringComparer.OrdinalIgnoreCase);
        return segmentOk && typeOk;
    }
}
