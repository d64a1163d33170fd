using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Demo;
using SamePage.Data.Entities;
using SamePage.Web.Auth;
using SamePage.Core.Actuals;

namespace SamePage.Cli.Commands;

/// <summary>Demo accounts with generated passwords, created in the demo's transaction.</summary>
public sealed class DemoUsers(UserAdministration administration) : IDemoPart
{
    public sealed record Login(string Email, string Password, string Role, string Partner);

    public string Name => "accounts";

    public List<Login> Logins { get; } = [];

    public async Task LoadAsync(SamePageDbContext db, int seed, CancellationToken cancellationToken)
    {
        var msp = await db.Partners.IgnoreQueryFilters().Where(p => p.Type == PartnerType.Msp).OrderBy(p => p.ExternalId).FirstAsync(cancellationToken);
        var reseller = await db.Partners.IgnoreQueryFilters().Where(p => p.Type == PartnerType.Reseller).OrderBy(p => p.ExternalId).FirstAsync(cancellationToken);
        (string Email, string Role, Partner? Partner, string Name)[] accounts =
        [
            ("admin@nordlicht.example", Roles.Admin, null, "Admin"),
            ("channel@nordlicht.example", Roles.ChannelManager, null, "Clara Weber"),
            ("contributor@nordlicht.example", Roles.Contributor, null, "Jana Petersen"),
            ("partner@msp.example", Roles.PartnerUser, msp, msp.Name),
            ("partner@reseller.example", Roles.PartnerUser, reseller, reseller.Name),
        ];
        foreach (var account in accounts)
        {
            var created = await administration.AddAsync(account.Email, account.Role, account.Partner?.ExternalId, null, account.Name, cancellationToken);
            Logins.Add(new Login(account.Email, created.GeneratedPassword!, account.Role, account.Partner is null ? "" : $"{account.Partner.ExternalId} {account.Partner.Name}"));
            if (account.Role == Roles.Contributor)
            {
                var participant = await db.Participants.FirstAsync(p => p.Name == "Jana Petersen", cancellationToken);
                participant.UserId = created.User.Id;
            }
        }
    }
}
