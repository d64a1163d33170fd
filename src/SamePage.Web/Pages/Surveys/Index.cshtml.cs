using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using SamePage.Data.Values;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Surveys;

/// <summary>The survey waves and a form to draft a new one from a value model.</summary>
public sealed class IndexModel(SurveyService surveys, ValueModelStore store) : PageModel
{
    public IReadOnlyList<SurveyWave> Waves { get; private set; } = [];
    public IReadOnlyList<StoredValueModel> Models { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);
    public string? Error { get; private set; }

    [BindProperty] public string? Model { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public DateOnly? OpensOn { get; set; }
    [BindProperty] public DateOnly? ClosesOn { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var model = Models.FirstOrDefault(m => m.Entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == Model);
        if (model is null || string.IsNullOrWhiteSpace(Name) || OpensOn is null || ClosesOn is null)
        {
            Error = "Choose a value model and give a name, an opening and a closing date.";
            return Page();
        }

        try
        {
            var wave = await surveys.CreateWaveAsync(model.SolutionName, model.Entity.Segment.Length > 0 ? model.Entity.Segment : null, Name, OpensOn.Value, ClosesOn.Value, cancellationToken);
            return LocalRedirect($"/surveys/{wave.Id}");
        }
        catch (SurveyRuleException e)
        {
            Error = e.Message;
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Waves = await surveys.ListWavesAsync(cancellationToken);
        Models = await store.ListAsync(cancellationToken);
    }
}
