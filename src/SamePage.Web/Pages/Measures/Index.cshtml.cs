using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Planning;

namespace SamePage.Web.Pages.Measures;

/// <summary>The register of measures: a filtered table, or a board with one column per status.</summary>
public sealed class IndexModel(MeasureService measures, SamePageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Solution { get; set; }
    [BindProperty(SupportsGet = true)] public MeasureStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public string? Instrument { get; set; }
    [BindProperty(SupportsGet = true)] public string? View { get; set; }

    public IReadOnlyList<MeasureView> Items { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<string> Solutions { get; private set; } = [];
    public IReadOnlyList<string> Owners { get; private set; } = [];
    public IReadOnlyList<string> Instruments { get; private set; } = [];
    public bool Board => View == "board";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await measures.ListAsync(null, cancellationToken);
        Total = all.Count;
        Solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        Owners = await db.Participants.AsNoTracking().OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
        Instruments = await measures.InstrumentsAsync(cancellationToken);
        Items = [.. all.Where(m =>
            (string.IsNullOrEmpty(Solution) || m.Solution == Solution)
            && (Status is null || m.Status == Status)
            && (string.IsNullOrEmpty(Owner) || m.Owner == Owner)
            && (string.IsNullOrEmpty(Instrument) || m.Instrument == Instrument))];
    }
}
