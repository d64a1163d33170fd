using SamePage.Data.Entities;
using SamePage.Core.Actuals;

namespace SamePage.Data.Demo;

/// <summary>The fixed parts of the demo: vendor, solutions, participants, instruments.</summary>
public static class DemoCatalog
{
    public const string VendorName = "Nordlicht Software GmbH";
    public const string Backup = "Nordlicht Backup";
    public const string SecureMail = "Nordlicht Secure Mail";
    public const string Analytics = "Nordlicht Analytics Suite";

    /// <summary>Demo window: 36 whole months, fixed so the demo is the same on every machine and every day.</summary>
    public static readonly DateOnly FirstMonth = new(2023, 11, 1);
    public const int Months = 36;

    public static IReadOnlyList<Solution> Solutions() =>
    [
        new() { Name = Backup, Description = "Backup and recovery as a managed service for MSPs: recurring seat income plus managed-service fees.", ServicesGrossMargin = 0.45m },
        new() { Name = SecureMail, Description = "E-mail security licences resold by resellers and VARs, with renewals and deployment services.", ServicesGrossMargin = 0.40m },
        new() { Name = Analytics, Description = "Analytics platform delivered in projects by system integrators: licences plus implementation services.", ServicesGrossMargin = 0.45m },
    ];

    /// <summary>The segment each solution's value model is written for.</summary>
    public static string SegmentOf(string solution) => solution switch
    {
        Backup => "MSP",
        SecureMail => "Reseller",
        _ => "SI",
    };

    public static string SegmentOf(PartnerType type) => type switch
    {
        PartnerType.Msp => "MSP",
        PartnerType.Si => "SI",
        _ => "Reseller",
    };

    public static IReadOnlyList<Participant> Participants() =>
    [
        new() { Name = "Product management", Kind = ParticipantKind.Department, Department = "Product management" },
        new() { Name = "Marketing", Kind = ParticipantKind.Department, Department = "Marketing" },
        new() { Name = "Partner enablement", Kind = ParticipantKind.Department, Department = "Enablement" },
        new() { Name = "Channel sales", Kind = ParticipantKind.Department, Department = "Channel sales" },
        new() { Name = "Support", Kind = ParticipantKind.Department, Department = "Support" },
        new() { Name = "Finance", Kind = ParticipantKind.Department, Department = "Finance" },
        new() { Name = "Jana Petersen", Kind = ParticipantKind.Person, Department = "Product management" },
        new() { Name = "Mehmet Kaya", Kind = ParticipantKind.Person, Department = "Channel sales" },
    ];

    public static IReadOnlyList<Instrument> Instruments() =>
    [
        new() { Name = "Pricing / margin", NameDe = "Preis / Marge" },
        new() { Name = "Incentive / rebate", NameDe = "Incentive / Rückvergütung" },
        new() { Name = "MDF", NameDe = "Marketingmittel (MDF)" },
        new() { Name = "Enablement / training", NameDe = "Befähigung / Training" },
        new() { Name = "Certification subsidy", NameDe = "Zertifizierungszuschuss" },
        new() { Name = "Communication", NameDe = "Kommunikation" },
        new() { Name = "Lead generation", NameDe = "Leadgenerierung" },
        new() { Name = "Tooling", NameDe = "Werkzeuge" },
        new() { Name = "Support", NameDe = "Support" },
    ];
}
