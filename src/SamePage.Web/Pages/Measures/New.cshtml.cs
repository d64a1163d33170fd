using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Planning;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Measures;

/// <summary>
/// Adds a measure to the register (/measures/new) or edits one (/measures/{id}/edit); effects one per line in the
/// short form input:mode:low:likely:high:target.
/// </summary>
[Authorize(Policy = Roles.EditorPolicy)]
public sealed class NewModel(MeasureService measures, SamePageDbContext db) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Instrument { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public string? Solution { get; set; }
    /// <summary>The segments the measure is meant for (checkboxes of the managed segments; none = all).</summary>
    [BindProperty] public List<string> Segment { get; set; } = [];

    /// <summary>Every managed segment of the solutions, offered as checkboxes.</summary>
    public IReadOnlyList<string> KnownSegments { get; private set; } = [];
    [BindProperty] public decimal CostOneOff { get; set; }
    [BindProperty] public decimal CostPerMonth { get; set; }
    [BindProperty] public DateOnly? StartDate { get; set; }
    [BindProperty] public DateOnly? EndDate { get; set; }
    [BindProperty] public MeasureStatus Status { get; set; }
    [BindProperty] public string? Effects { get; set; }

    public IReadOnlyList<string> Instruments { get; private set; } = [];
    public IReadOnlyList<string> Owners { get; private set; } = [];
    public IReadOnlyList<string> Solutions { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The measure being edited; null when adding one.</summary>
    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } measureId)
        {
            if (await measures.GetAsync(measureId, cancellationToken) is not { } m)
            {
                return NotFound();
            }
            Id = measureId;
            (Name, Description, Instrument, Owner, Solution) = (m.Name, m.Description, m.Instrument, m.Owner, m.Solution);
            Segment = [.. m.Segments];
            (CostOneOff, CostPerMonth, StartDate, EndDate, Status) = (m.CostOneOff, m.CostPerMonth, m.StartDate, m.EndDate, m.Status);
            Effects = string.Join("\n", m.Effects.Select(EffectSpec.Format));
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        IReadOnlyList<MeasureEffect> effects;
        try
        {
            effects = [.. (Effects ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EffectSpec.Parse)];
        }
        catch (FormatException e)
        {
            Errors = new Dictionary<string, string[]> { ["effects"] = [e.Message] };
            await LoadAsync(cancellationToken);
            return Page();
        }
        try
        {
            var input = new MeasureInput
            {
                Name = Name, Description = Description, Instrument = Instrument ?? "", Owner = Owner, Solution = Solution ?? "",
                Segments = SamePage.Web.Pages.Shared.SegmentPicker.Read(Segment),
                CostOneOff = CostOneOff, CostPerMonth = CostPerMonth,
                StartDate = StartDate, EndDate = EndDate, Status = Status, EffectsJson = MeasureEffectsJson.Write(effects),
            };
            var saved = id is { } measureId
                ? await measures.UpdateAsync(measureId, input, cancellationToken)
                : await measures.CreateAsync(input, cancellationToken);
            return saved is null ? NotFound() : Redirect($"/measures/{saved.Id.ToString(CultureInfo.InvariantCulture)}");
        }
        catch (MeasureValidationException e)
        {
            Errors = e.Errors;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Instruments = await measures.InstrumentsAsync(cancellationToken);
        Owners = await db.Participants.AsNoTracking().OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
        Solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        KnownSegments = await db.SolutionSegments.AsNoTracking().Select(s => s.Name).Distinct().ToListAsync(cancellationToken);
    }
}
