using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Talk;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Queries;
using SamePage.Data.Talk;
using SamePage.Web.Auth;
using SamePage.Core.Actuals;

namespace SamePage.Web.Api;

public sealed record CommunicationDto(int Id, string Title, string? Solution, string Channel, IReadOnlyList<string> AudienceSegments, IReadOnlyList<string> AudiencePartnerTypes,
    DateOnly Date, string Language, double? BusinessShare, string? DominantLabel);

public sealed record CommunicationDetailDto(int Id, string Title, string Body, string? Solution, string Channel, IReadOnlyList<string> AudienceSegments, IReadOnlyList<string> AudiencePartnerTypes,
    DateOnly Date, string Language, double? BusinessShare, string? DominantLabel, JsonElement? Analysis);

public sealed record CommunicationInput(string? Title, string? Body, string? Solution, string? Channel, List<string>? AudienceSegments, List<string>? AudiencePartnerTypes, DateOnly? Date);

/// <summary>Communications to partners, stored with solution, audience, channel and date; analysed on every save. Vendor staff only.</summary>
public static class CommunicationsApi
{
    public static readonly IReadOnlyList<string> Channels = ["newsletter", "mail", "release-note", "playbook", "webinar", "pricing", "social", "other"];

    public static void MapCommunicationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/communications").WithTags("Communications").RequireAuthorization(Roles.VendorPolicy);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Roles.EditorPolicy);
    }

    private static async Task<Ok<ListResult<CommunicationDto>>> ListAsync(SamePageDbContext db, string? solution, string? channel, string? segment, string? partnerType, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var query = db.Communications.AsNoTracking().Include(c => c.Solution).AsQueryable();
        if (!string.IsNullOrWhiteSpace(solution))
        {
            query = query.Where(c => c.Solution!.Name == solution);
        }
        if (!string.IsNullOrWhiteSpace(channel))
        {
            query = query.Where(c => c.Channel == channel);
        }
        // Audience lists are JSON columns; filter them in memory (communications are hundreds, not millions).
        var rows = (await query.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync(cancellationToken))
            .Where(c => TalkMix.IsFor(c, segment, partnerType)).ToList();
        var request = new PageRequest(page, pageSize);
        return TypedResults.Ok(new ListResult<CommunicationDto>([.. rows.Skip(request.Skip).Take(request.SafeSize).Select(ToDto)], rows.Count));
    }

    private static async Task<Results<Ok<CommunicationDetailDto>, NotFound>> GetAsync(int id, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var c = await db.Communications.AsNoTracking().Include(x => x.Solution).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return c is null ? TypedResults.NotFound() : TypedResults.Ok(ToDetail(c));
    }

    private static async Task<Results<Created<CommunicationDetailDto>, ValidationProblem>> CreateAsync(CommunicationInput input, SamePageDbContext db, TalkService talk, CancellationToken cancellationToken)
    {
        var (validation, solution) = await ValidateAsync(input, db, requireAll: true, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var communication = new Communication { Title = input.Title!.Trim(), Body = input.Body! };
        Apply(communication, input, solution);
        await talk.ApplyAnalysisAsync(communication, cancellationToken);
        db.Communications.Add(communication);
        await db.SaveChangesAsync(cancellationToken);
        communication.Solution = solution;
        return TypedResults.Created($"/api/v1/communications/{communication.Id}", ToDetail(communication));
    }

    private static async Task<Results<Ok<CommunicationDetailDto>, NotFound, ValidationProblem>> UpdateAsync(int id, CommunicationInput input, SamePageDbContext db, TalkService talk, CancellationToken cancellationToken)
    {
        var communication = await db.Communications.Include(c => c.Solution).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (communication is null)
        {
            return TypedResults.NotFound();
        }
        var (validation, solution) = await ValidateAsync(input, db, requireAll: false, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        communication.Title = input.Title?.Trim() ?? communication.Title;
        communication.Body = input.Body ?? communication.Body;
        Apply(communication, input, input.Solution is null ? communication.Solution : solution);
        await talk.ApplyAnalysisAsync(communication, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToDetail(communication));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var communication = await db.Communications.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (communication is null)
        {
            return TypedResults.NotFound();
        }
        db.Communications.Remove(communication);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<(ApiValidation Validation, Solution? Solution)> ValidateAsync(CommunicationInput input, SamePageDbContext db, bool requireAll, CancellationToken cancellationToken)
    {
        var solution = string.IsNullOrWhiteSpace(input.Solution) ? null
            : await db.Solutions.NamedOrNumbered(input.Solution).FirstOrDefaultAsync(cancellationToken);
        var validation = new ApiValidation()
            .Require(!requireAll || !string.IsNullOrWhiteSpace(input.Title), "title", "Required.")
            .Require(input.Title is null || input.Title.Trim().Length is > 0 and <= 300, "title", "1 to 300 characters.")
            .Require(!requireAll || !string.IsNullOrWhiteSpace(input.Body), "body", "Required: the message text (Markdown or plain text).")
            .Require(input.Body is null || input.Body.Length <= TalkApi.MaxTextLength, "body", "At most 1,000,000 characters.")
            .Require(string.IsNullOrWhiteSpace(input.Solution) || solution is not null, "solution", "An existing solution name or id.")
            .Require(input.Channel is null || Channels.Contains(input.Channel), "channel", $"One of: {string.Join(", ", Channels)}.")
            .Require(input.AudiencePartnerTypes is null || input.AudiencePartnerTypes.All(t => Enum.TryParse<PartnerType>(t, true, out _)), "audiencePartnerTypes", "reseller, var, msp, si or distributor.")
            .Require(!requireAll || input.Date is not null, "date", "Required: YYYY-MM-DD.");
        return (validation, solution);
    }

    private static void Apply(Communication communication, CommunicationInput input, Solution? solution)
    {
        communication.SolutionId = solution?.Id;
        communication.Solution = solution;
        communication.Channel = input.Channel ?? communication.Channel;
        communication.AudienceSegments = input.AudienceSegments?.Select(s => s.Trim()).Where(s => s.Length > 0).ToList() ?? communication.AudienceSegments;
        communication.AudiencePartnerTypes = input.AudiencePartnerTypes?.Select(t => Enum.Parse<PartnerType>(t, true).ToString()).ToList() ?? communication.AudiencePartnerTypes;
        communication.Date = input.Date ?? communication.Date;
    }

    public static CommunicationDto ToDto(Communication c) =>
        new(c.Id, c.Title, c.Solution?.Name, c.Channel, c.AudienceSegments, c.AudiencePartnerTypes, c.Date, c.Language, c.BusinessShare, c.DominantLabel);

    private static CommunicationDetailDto ToDetail(Communication c)
    {
        JsonElement? analysis = c.AnalysisJson is { Length: > 0 } json ? JsonDocument.Parse(json).RootElement.Clone() : null;
        return new(c.Id, c.Title, c.Body, c.Solution?.Name, c.Channel, c.AudienceSegments, c.AudiencePartnerTypes, c.Date, c.Language, c.BusinessShare, c.DominantLabel, analysis);
    }

    /// <summary>Label names for the JSON of a stored analysis.</summary>
    public static string LabelName(TalkLabel label) => TalkLabels.Name(label);
}
