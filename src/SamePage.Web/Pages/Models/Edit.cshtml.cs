using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Values;
using SamePage.Data.Values;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Models;

/// <summary>Inputs and drivers as editable tables; every save validates first and errors show at their row.</summary>
[Authorize(Policy = Roles.EditorPolicy)]
public sealed class EditModel(ValueModelStore store) : PageModel
{
    public sealed class InputRow
    {
        public string? Name { get; set; }
        public string? Unit { get; set; }
        public string? Low { get; set; }
        public string? Likely { get; set; }
        public string? High { get; set; }
        public string? LabelEn { get; set; }
        public string? LabelDe { get; set; }
        public string? Actual { get; set; }
        public bool AskPartners { get; set; }
        public string? Synonyms { get; set; }
        public List<string> Errors { get; } = [];
    }

    public sealed class DriverRow
    {
        public string? Name { get; set; }
        public string? Category { get; set; }
        public string? Stream { get; set; }
        public string? Formula { get; set; }
        public string? Start { get; set; }
        public string? End { get; set; }
        public string? At { get; set; }
        public string? Ramp { get; set; }
        public string? LabelEn { get; set; }
        public string? LabelDe { get; set; }
        public string? Synonyms { get; set; }
        public List<string> Errors { get; } = [];
    }

    public IReadOnlyList<string> Units => ModelUnits.All;
    public IReadOnlyList<string> Categories => DriverCategories.All;
    public IReadOnlyList<string> Streams => BenefitStreams.All;

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public int? Saved { get; private set; }
    public List<string> GeneralErrors { get; } = [];

    [BindProperty] public List<InputRow> Inputs { get; set; } = [];
    [BindProperty] public List<DriverRow> Drivers { get; set; } = [];
    [BindProperty] public int Horizon { get; set; }
    [BindProperty] public double DiscountRate { get; set; }
    [BindProperty] public double? TargetNpv { get; set; }
    [BindProperty] public string? Comment { get; set; }

    private ValueModelDocument _original = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Horizon = _original.HorizonMonths;
        DiscountRate = _original.DiscountRate;
        TargetNpv = _original.Target?.Npv;
        Inputs = [.. _original.Inputs.Select(i => new InputRow
        {
            Name = i.Name, Unit = i.Unit, Low = Text(i.Low), Likely = Text(i.Likely), High = Text(i.High),
            LabelEn = i.Label?.En, LabelDe = i.Label?.De, Actual = i.Actual, AskPartners = i.AskPartners == true, Synonyms = Join(i.Synonyms),
        }), new InputRow()];
        Drivers = [.. _original.Drivers.Select(d => new DriverRow
        {
            Name = d.Name, Category = d.Category, Stream = d.Stream, Formula = d.Formula, Start = Text(d.Start), End = Text(d.End),
            At = Text(d.At), Ramp = Text(d.RampMonths), LabelEn = d.Label?.En, LabelDe = d.Label?.De, Synonyms = Join(d.Synonyms),
        }), new DriverRow()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Inputs = [.. Inputs.Where(r => !string.IsNullOrWhiteSpace(r.Name))];
        Drivers = [.. Drivers.Where(r => !string.IsNullOrWhiteSpace(r.Name))];
        var document = _original with
        {
            HorizonMonths = Horizon,
            DiscountRate = DiscountRate,
            Target = TargetNpv is { } npv ? new ModelTarget { Npv = npv } : null,
            Inputs = [.. Inputs.Select((r, i) => ToInput(r, _original.Inputs.FirstOrDefault(o => o.Name == r.Name?.Trim())))],
            Drivers = [.. Drivers.Select(r => ToDriver(r, _original.Drivers.FirstOrDefault(o => o.Name == r.Name?.Trim())))],
        };
        try
        {
            var stored = await store.SaveAsync(ValueModelJson.Write(document), Comment, cancellationToken);
            Saved = stored.Current.Version;
        }
        catch (ValueModelInvalidException e)
        {
            foreach (var error in e.Errors.Where(x => x.IsError))
            {
                AttachError(error);
            }
        }
        Inputs.Add(new InputRow());
        Drivers.Add(new DriverRow());
        return Page();
    }

    private ModelInput ToInput(InputRow row, ModelInput? original) => (original ?? new ModelInput()) with
    {
        Name = row.Name!.Trim(),
        Unit = string.IsNullOrWhiteSpace(row.Unit) ? null : row.Unit,
        Low = Number(row.Low, row, "low"),
        Likely = Number(row.Likely, row, "likely"),
        High = Number(row.High, row, "high"),
        Label = Label(row.LabelEn, row.LabelDe),
        Actual = string.IsNullOrWhiteSpace(row.Actual) ? null : row.Actual.Trim(),
        AskPartners = row.AskPartners ? true : null,
        Synonyms = Split(row.Synonyms),
    };

    private ModelDriver ToDriver(DriverRow row, ModelDriver? original) => (original ?? new ModelDriver()) with
    {
        Name = row.Name!.Trim(),
        Category = row.Category ?? "",
        Stream = string.IsNullOrWhiteSpace(row.Stream) ? null : row.Stream,
        Formula = row.Formula ?? "",
        Start = Whole(row.Start, row, "start"),
        End = Whole(row.End, row, "end"),
        At = Whole(row.At, row, "at"),
        RampMonths = Whole(row.Ramp, row, "ramp"),
        Label = Label(row.LabelEn, row.LabelDe),
        Synonyms = Split(row.Synonyms),
    };

    private static string? Join(IReadOnlyList<string>? synonyms) => synonyms is { Count: > 0 } ? string.Join(", ", synonyms) : null;

    private static IReadOnlyList<string>? Split(string? synonyms) =>
        synonyms?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } list ? list : null;

    private static LocalizedText? Label(string? en, string? de) =>
        string.IsNullOrWhiteSpace(en) && string.IsNullOrWhiteSpace(de) ? null : new LocalizedText(NullIfEmpty(en), NullIfEmpty(de));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static double? Number(string? text, InputRow row, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        row.Errors.Add($"{field}: '{text}' is not a number.");
        return null;
    }

    private static int? Whole(string? text, DriverRow row, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        row.Errors.Add($"{field}: '{text}' is not a whole number.");
        return null;
    }

    /// <summary>Puts an error at its row using the JSON path ($.inputs[3].low, $.drivers[1].formula).</summary>
    private void AttachError(ModelError error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error.Path, @"^\$\.(inputs|drivers)\[(\d+)\]");
        if (match.Success && int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var index))
        {
            var errors = match.Groups[1].Value == "inputs"
                ? (index < Inputs.Count ? Inputs[index].Errors : null)
                : (index < Drivers.Count ? Drivers[index].Errors : null);
            if (errors is not null)
            {
                errors.Add(error.Message);
                return;
            }
        }
        GeneralErrors.Add($"{error.Path}: {error.Message}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return false;
        }
        Id = id;
        Title = $"{stored.SolutionName} · {stored.Entity.Segment}";
        _original = stored.Document;
        return true;
    }

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
