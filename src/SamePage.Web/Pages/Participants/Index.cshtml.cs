using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Data.Planning;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Participants;

public sealed class IndexModel(ParticipantService participants) : PageModel
{
    public IReadOnlyList<ParticipantView> Participants { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Participants = await participants.ListAsync(cancellationToken);
}
