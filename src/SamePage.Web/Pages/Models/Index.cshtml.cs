using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Values;
using SamePage.Data.Values;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Models;

[Authorize(Policy = Roles.VendorPolicy)]
public sealed class IndexModel(ValueModelStore store, TargetStore targets) : PageModel
{
    public sealed record Row(int Id, string Solution, string Segment, double Npv, double? Target, int? Payback, int Version);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        foreach (var stored in await store.ListAsync(cancellationToken))
        {
            var result = stored.Model?.Evaluate();
            var target = await targets.CurrentAsync(stored.Entity.SolutionId, stored.Entity.Segment, cancellationToken);
            rows.Add(new Row(stored.Entity.Id, stored.SolutionName, stored.Entity.Segment, result?.Npv ?? 0, (double?)target?.FactualNpv, result?.PaybackMonth, stored.Current.Version));
        }
        Rows = rows;
    }
}
