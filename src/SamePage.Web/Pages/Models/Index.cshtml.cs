using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Values;
using SamePage.Data.Values;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Models;

[Authorize(Policy = Roles.VendorPolicy)]
public sealed class IndexModel(ValueModelStore store) : PageModel
{
    public sealed record Row(int Id, string Solution, string Segment, double Npv, double? Target, int? Payback, int Version);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        foreach (var stored in await store.ListAsync(cancellationToken))
        {
            var result = stored.Model?.Evaluate();
            rows.Add(new Row(stored.Entity.Id, stored.SolutionName, stored.Entity.Segment, result?.Npv ?? 0, stored.Document.Target?.Npv, result?.PaybackMonth, stored.Current.Version));
        }
        Rows = rows;
    }
}
