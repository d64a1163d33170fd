using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Queries;
using SamePage.Core.Actuals;

namespace SamePage.Web.Pages.Partners;

public sealed class IndexModel(SamePageDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public PartnerType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tier { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<Partner> Result { get; private set; } = new([], 0);
    public IReadOnlyList<string> Tiers { get; private set; } = [];
    public IReadOnlyList<string> Countries { get; private set; } = [];
    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public string FilterQuery => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["type"] = Type?.ToString(), ["tier"] = Tier, ["country"] = Country,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString().TrimStart('?');


    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await PartnerDirectory.SearchAsync(db, new PartnerFilter(Q, Type, Tier, Country), new PageRequest(PageNumber, PageSize), cancellationToken);
        Tiers = await PartnerDirectory.TiersAsync(db, cancellationToken);
        Countries = await PartnerDirectory.CountriesAsync(db, cancellationToken);
    }
}
