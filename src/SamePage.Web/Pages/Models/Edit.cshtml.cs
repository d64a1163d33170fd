using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Queries;
using SamePage.Data.Values;
using SamePage.Web.Auth;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Models;

/// <summary>
/// Inputs and drivers as editable tables with a live business case beside them; every save validates first and errors
/// show at their row. Also the guided builder's draft (/models/draft?solution=ID&amp;segment=S&amp;template=T): a model from a
/// template that is stored only on save, as version 1.
/// </summary>
[Authorize(Policy = Roles.EditorPolicy)]
public sealed class EditModel(ValueModelStore store, SamePageDbContext db, DriverLibraryStore library, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The template id that starts a model with no inputs or drivers.</summary>
    public const string EmptyTemplate = "empty";

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
        public string? Library { get; set; }
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
        public string? Library { get; set; }
        public List<string> Errors { get; } = [];
    }

    /// <summary>The driver library (shipped and the vendor's own) the editor offers when a row is added.</summary>
    public IReadOnlyList<LibraryEntry> Library { get; private set; } = [];

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
    [BindProperty] public string? DescriptionEn { get; set; }
    [BindProperty] public string? DescriptionDe { get; set; }

    /// <summary>Draft mode: the solution, segment and template the new model starts from (carried through the form).</summary>
    [BindProperty(SupportsGet = true)] public int? Solution { get; set; }
    [BindProperty(SupportsGet = true)] public string? Segment { get; set; }
    [BindProperty(SupportsGet = true)] public string? Template { get; set; }

    public bool IsDraft => Id == 0;

    /// <summary>Draft mode: the model the solution × segment already has (a draft never overwrites it).</summary>
    public int? ExistingId { get; private set; }

    private ValueModelDocument _original = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (ExistingId is { } existing)
        {
            return Redirect($"/models/{existing}/edit");
        }
        Fill();
        return Page();
    }

    private void Fill()
    {
        Horizon = _original.HorizonMonths;
        DescriptionEn = _original.Description?.En;
        DescriptionDe = _original.Description?.De;
        DiscountRate = _original.DiscountRate;
        TargetNpv = _original.Target?.Npv;
        Inputs = [.. _original.Inputs.Select(i => new InputRow
        {
            Name = i.Name, Unit = i.Unit, Low = Text(i.Low), Likely = Text(i.Likely), High = Text(i.High),
            LabelEn = i.Label?.En, LabelDe = i.Label?.De, Actual = i.Actual, AskPartners = i.AskPartners == true, Synonyms = Join(i.Synonyms), Library = i.Library,
        }), new InputRow()];
        Drivers = [.. _original.Drivers.Select(d => new DriverRow
        {
            Name = d.Name, Category = d.Category, Stream = d.Stream, Formula = d.Formula, Start = Text(d.Start), End = Text(d.End),
            At = Text(d.At), Ramp = Text(d.RampMonths), LabelEn = d.Label?.En, LabelDe = d.Label?.De, Synonyms = Join(d.Synonyms), Library = d.Library,
        }), new DriverRow()];
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (ExistingId is not null)
        {
            GeneralErrors.Add(localizer["This segment has a value model already: open it from the solution's page."]);
            return Page();
        }
        var document = BuildDocument();
        if (Inputs.Any(r => r.Errors.Count > 0) || Drivers.Any(r => r.Errors.Count > 0))
        {
            Inputs.Add(new InputRow());
            Drivers.Add(new DriverRow());
            return Page();
        }
        try
        {
            var stored = await store.SaveAsync(ValueModelJson.Write(document), Comment, cancellationToken);
            if (IsDraft)
            {
                // Version 1 exists now: go on in the model's own editor, with the target as the next step.
                TempData["saved"] = stored.Current.Version;
                return Redirect($"/models/{stored.Entity.Id}/edit");
            }
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

    /// <summary>
    /// The business case of the form as it is (not saved): npv, payback and the cash-flow chart, or the errors at
    /// their rows (the index is the row's position in the posted table), so the page can update while the user types.
    /// </summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, forPage: false))
        {
            return NotFound();
        }
        var (inputPositions, driverPositions) = (Positions(Inputs.Select(r => r.Name)), Positions(Drivers.Select(r => r.Name)));
        var document = BuildDocument();
        var errors = new List<PreviewError>();
        errors.AddRange(Inputs.SelectMany((r, i) => r.Errors.Select(e => new PreviewError("inputs", inputPositions[i], e))));
        errors.AddRange(Drivers.SelectMany((r, i) => r.Errors.Select(e => new PreviewError("drivers", driverPositions[i], e))));
        var compiled = errors.Count == 0 ? ValueModelCompiler.Compile(document) : null;
        foreach (var error in compiled?.Diagnostics.Where(d => d.IsError) ?? [])
        {
            var (table, index) = RowOf(error);
            var positions = table == "inputs" ? inputPositions : driverPositions;
            errors.Add(table is not null && index < positions.Count
                ? new PreviewError(table, positions[index], error.Message)
                : new PreviewError(null, null, $"{error.Path}: {error.Message}"));
        }
        if (compiled?.Model is not { } model)
        {
            return new JsonResult(new ModelPreview(null, null, null, null, errors));
        }
        try
        {
            var result = model.Evaluate();
            var svg = ChartStyle.Svg(ValueCharts.CumulativeCashFlow(result, localizer["Cumulative partner cash flow"], localizer["Month"], localizer["Payback"]));
            return new JsonResult(new ModelPreview(result.Npv, result.Npv.ToString("N0", CultureInfo.CurrentCulture) + " €", result.PaybackMonth, svg, errors));
        }
        catch (ValueModelEvaluationException e)
        {
            errors.Add(new PreviewError(null, null, e.Message));
            return new JsonResult(new ModelPreview(null, null, null, null, errors));
        }
    }

    /// <summary>Copies the stored model to another segment of the solution as that segment's version 1.</summary>
    public async Task<IActionResult> OnPostCloneAsync(int id, string? cloneTo, CancellationToken cancellationToken)
    {
        if (id == 0 || await store.GetAsync(id, cancellationToken) is not { } source)
        {
            return NotFound();
        }
        var segment = string.IsNullOrWhiteSpace(cloneTo) ? null : await db.FindSegmentAsync(source.Entity.SolutionId, cloneTo, cancellationToken);
        var copy = segment is null ? null : await store.CreateAsync(source.Document with { Segment = segment }, $"cloned from {source.Entity.Segment} v{source.Current.Version}", cancellationToken);
        if (copy is null)
        {
            await LoadAsync(id, cancellationToken);
            Fill();
            GeneralErrors.Add(localizer["Choose a segment of the solution that has no value model yet."]);
            return Page();
        }
        return Redirect($"/models/{copy.Entity.Id}/edit");
    }

    /// <summary>Segments of the solution without a model: where this model can be cloned to.</summary>
    public IReadOnlyList<string> CloneTargets { get; private set; } = [];

    /// <summary>An error of the live preview at a row of the inputs or drivers table (null: the model as a whole).</summary>
    public sealed record PreviewError(string? Table, int? Row, string Message);

    /// <summary>The live business case: npv (raw and formatted), payback month and the cash-flow chart as SVG.</summary>
    public sealed record ModelPreview(double? Npv, string? NpvText, int? PaybackMonth, string? CashFlowSvg, IReadOnlyList<PreviewError> Errors);

    /// <summary>Positions in the posted table of the rows that have a name (rows without one are dropped).</summary>
    private static List<int> Positions(IEnumerable<string?> names) =>
        [.. names.Select((n, i) => (n, i)).Where(x => !string.IsNullOrWhiteSpace(x.n)).Select(x => x.i)];

    /// <summary>The document of the form: named rows only, each kept with the fields the table does not show.</summary>
    private ValueModelDocument BuildDocument()
    {
        Inputs = [.. Inputs.Where(r => !string.IsNullOrWhiteSpace(r.Name))];
        Drivers = [.. Drivers.Where(r => !string.IsNullOrWhiteSpace(r.Name))];
        return _original with
        {
            HorizonMonths = Horizon,
            DiscountRate = DiscountRate,
            Description = Label(DescriptionEn, DescriptionDe),
            Target = TargetNpv is { } npv ? new ModelTarget { Npv = npv } : null,
            Inputs = [.. Inputs.Select(r => ToInput(r, _original.Inputs.FirstOrDefault(o => o.Name == r.Name?.Trim())))],
            Drivers = [.. Drivers.Select(r => ToDriver(r, _original.Drivers.FirstOrDefault(o => o.Name == r.Name?.Trim())))],
        };
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
        Library = NullIfEmpty(row.Library),
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
        Library = NullIfEmpty(row.Library),
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
        if (RowOf(error) is (not null, var index) row)
        {
            var errors = row.Table == "inputs"
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

    /// <summary>The table and row of an error's JSON path ($.inputs[3].low, $.drivers[1].formula), or (null, -1).</summary>
    private static (string? Table, int Index) RowOf(ModelError error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error.Path, @"^\$\.(inputs|drivers)\[(\d+)\]");
        return match.Success && int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var index) ? (match.Groups[1].Value, index) : (null, -1);
    }

    /// <summary>
    /// Loads the stored model or the draft; with <paramref name="forPage"/> also what only the rendered page shows (the
    /// library, the segments to clone to), which the live preview, asked at every keystroke, does not need.
    /// </summary>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken, bool forPage = true)
    {
        if (forPage)
        {
            Library = await library.ListAsync(cancellationToken);
        }
        if (id == 0)
        {
            return await LoadDraftAsync(cancellationToken);
        }
        if (forPage)
        {
            Saved ??= TempData["saved"] as int?;
        }
        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return false;
        }
        Id = id;
        if (forPage)
        {
            await LoadCloneTargetsAsync(stored.Entity.SolutionId, cancellationToken);
        }
        Solution = stored.Entity.SolutionId;
        Segment = stored.Entity.Segment;
        Title = $"{stored.SolutionName} · {stored.Entity.Segment}";
        _original = stored.Document;
        return true;
    }

    private async Task LoadCloneTargetsAsync(int solutionId, CancellationToken cancellationToken)
    {
        var modelled = await db.ValueModels.AsNoTracking().Where(m => m.SolutionId == solutionId).Select(m => m.Segment.ToLower()).ToListAsync(cancellationToken);
        CloneTargets = [.. (await db.SegmentsAsync(solutionId, cancellationToken)).Where(g => !modelled.Contains(g.ToLowerInvariant()))];
    }

    /// <summary>A new model of a solution × segment from a template (or empty); false when the solution or template is unknown.</summary>
    private async Task<bool> LoadDraftAsync(CancellationToken cancellationToken)
    {
        if (Solution is not { } solutionId || await db.Solutions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == solutionId && s.ArchivedAt == null, cancellationToken) is not { } solution)
        {
            return false;
        }
        var segment = string.IsNullOrWhiteSpace(Segment) ? "" : await db.FindSegmentAsync(solutionId, Segment, cancellationToken);
        if (segment is null)
        {
            return false;
        }
        if (string.Equals(Template, EmptyTemplate, StringComparison.OrdinalIgnoreCase))
        {
            _original = new ValueModelDocument { Solution = solution.Name, Segment = segment.Length == 0 ? null : segment, Currency = solution.Currency, HorizonMonths = 36, DiscountRate = 0.08 };
        }
        else if (ValueModelTemplates.Find(Template) is { } template)
        {
            _original = template.For(solution.Name, segment, solution.Currency);
        }
        else
        {
            return false;
        }
        Title = segment.Length == 0 ? solution.Name : $"{solution.Name} · {segment}";
        ExistingId = await db.ValueModels.Where(m => m.SolutionId == solutionId && m.Segment == segment).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        return true;
    }

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
