using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Talk;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Talk;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

/// <summary>Body of POST /api/v1/talk/analyze. Format: text (default), markdown, html or lines (every non-empty line a message).</summary>
public sealed record TalkAnalyzeRequest(string? Text, string? Solution, string? Segment, string? Format, string? Partner, List<string>? Needs);

public sealed record TalkCorrectionInput(string? Sentence, string? Language, string? Label);

public sealed record TalkCorrectionDto(int Id, string Sentence, string Language, string Label, string? CorrectedBy, DateTimeOffset CreatedAt);

public sealed record FeatureMappingInput(string? Solution, string? Feature, string? Driver);

public sealed record FeatureMappingDto(int Id, int SolutionId, string Feature, string Driver);

/// <summary>The classifier in use: the shipped model (no retraining yet) or the last retraining with its before/after figures.</summary>
public sealed record TalkModelDto(bool Shipped, TalkRetraining? LastRetraining, int CorrectionsSinceRetraining, int AutoRetrainAfter);

/// <summary>Body of POST /api/v1/talk/retrain (optional). dryRun: measure the retrained model without putting it in use.</summary>
public sealed record TalkRetrainInput(bool? DryRun);

public static class TalkApi
{
    /// <summary>Largest message the analyzer takes over the API (characters).</summary>
    public const int MaxTextLength = 1_000_000;

    public static void MapTalkApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/talk").WithTags("Talk");
        group.MapPost("/analyze", AnalyzeAsync).RequireAuthorization(Roles.VendorPolicy)
            .Accepts<TalkAnalyzeRequest>("application/json", "multipart/form-data")
            .Produces<TalkAnalysis>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Label every sentence of a message (JSON {text, solution?, segment?, format?} or a file upload) and return the talk JSON.");
        group.MapGet("/corrections", ListCorrectionsAsync).RequireAuthorization(Roles.VendorPolicy);
        group.MapPost("/corrections", CorrectAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapDelete("/corrections/{id:int}", DeleteCorrectionAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapGet("/model", ModelAsync).RequireAuthorization(Roles.VendorPolicy)
            .WithSummary("The classifier in use, its last retraining (held-out accuracy before and after) and the corrections since.");
        group.MapPost("/retrain", RetrainAsync).RequireAuthorization(Roles.EditorPolicy)
            .WithSummary("Retrain the classifier with every correction; answers the held-out accuracy before and after.");
        group.MapGet("/feature-mappings", ListMappingsAsync).RequireAuthorization(Roles.VendorPolicy);
        group.MapPost("/feature-mappings", AddMappingAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapDelete("/feature-mappings/{id:int}", DeleteMappingAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapGet("/digest", DigestAsync).OpenToPartners()
            .WithSummary("Communications ranked by congruence with a partner's information needs, with their scores; partner users always get their own, as PortalMessage (no talk labels or scores).");
    }

    private static async Task<IResult> AnalyzeAsync(HttpRequest request, TalkService talk, SamePageDbContext db, CancellationToken cancellationToken)
    {
        TalkAnalyzeRequest body;
        TalkDocument? document = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            body = new TalkAnalyzeRequest(form["text"], form["solution"], form["segment"], form["format"], form["partner"], null);
            if (form.Files.GetFile("file") is { } file)
            {
                if (file.Length > 20 * 1024 * 1024)
                {
                    return Problem("The file is larger than 20 MB.");
                }
                await using var stream = file.OpenReadStream();
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, cancellationToken);
                copy.Position = 0;
                document = TalkDocumentReader.Read(copy, Path.GetFileName(file.FileName));
            }
        }
        else
        {
            body = await request.ReadFromJsonAsync<TalkAnalyzeRequest>(cancellationToken) ?? new TalkAnalyzeRequest(null, null, null, null, null, null);
        }
        if (document is null && string.IsNullOrWhiteSpace(body.Text))
        {
            return Problem("Send text (JSON {\"text\": \"...\"}) or a file (multipart field \"file\").");
        }
        if (body.Text is { Length: > MaxTextLength })
        {
            return Problem("The text is longer than 1,000,000 characters.");
        }
        var format = (body.Format ?? "text").Trim().ToLowerInvariant();
        if (format is not ("text" or "markdown" or "html" or "lines"))
        {
            return Problem("format is one of: text, markdown, html, lines.");
        }
        TalkSetup setup;
        setup = await talk.SetupAsync(body.Solution, body.Segment, cancellationToken);
        var needs = body.Needs is { Count: > 0 } given ? given
            : !string.IsNullOrWhiteSpace(body.Partner) ? (await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.ExternalId == body.Partner, cancellationToken))?.InformationNeeds ?? []
            : !string.IsNullOrWhiteSpace(body.Segment) ? await talk.SegmentNeedsAsync(body.Segment.Trim(), cancellationToken)
            : [];
        var options = setup.Options(needs, document is null ? null : request.Form.Files.GetFile("file")?.FileName);
        if (document is not null)
        {
            return Json(TalkJson.Serialize(setup.Analyzer.Analyze(document, options)));
        }
        var text = body.Text!;
        return format switch
        {
            "lines" => Json(TalkJson.Serialize(setup.Analyzer.AnalyzeLines(text, options))),
            "markdown" => Json(TalkJson.Serialize(setup.Analyzer.Analyze(Read(text, "message.md"), options))),
            "html" => Json(TalkJson.Serialize(setup.Analyzer.Analyze(Read(text, "message.html"), options))),
            _ => Json(TalkJson.Serialize(setup.Analyzer.AnalyzeText(text, options))),
        };
    }

    private static TalkDocument Read(string text, string fileName)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return TalkDocumentReader.Read(stream, fileName);
    }

    private static IResult Json(string json) => Results.Text(json, "application/json", Encoding.UTF8);

    private static IResult Problem(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    private static async Task<Ok<List<TalkCorrectionDto>>> ListCorrectionsAsync(SamePageDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.TalkCorrections.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(ToDto).ToList());
    }

    private static async Task<Results<Created<TalkCorrectionDto>, ValidationProblem>> CorrectAsync(TalkCorrectionInput input, TalkService talk, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var validation = new ApiValidation()
            .Require(!string.IsNullOrWhiteSpace(input.Sentence) && input.Sentence.Length <= 2000, "sentence", "Required, at most 2000 characters.")
            .Require(input.Language is null or "de" or "en", "language", "de or en.")
            .Require(TalkLabels.TryParse(input.Label, out _), "label", "business, product, bridged or neutral.");
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        TalkLabels.TryParse(input.Label, out var label);
        var saved = await talk.CorrectAsync(input.Sentence!, input.Language ?? "en", label, user.Identity?.Name, cancellationToken);
        return TypedResults.Created($"/api/v1/talk/corrections/{saved.Id}", ToDto(saved));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteCorrectionAsync(int id, SamePageDbContext db, TalkService talk, CancellationToken cancellationToken)
    {
        var row = await db.TalkCorrections.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }
        db.TalkCorrections.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        await talk.ReanalyzeAllAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<TalkModelDto>> ModelAsync(TalkService talk, CancellationToken cancellationToken)
    {
        var last = await talk.LastRetrainingAsync(cancellationToken);
        return TypedResults.Ok(new TalkModelDto(last is null, last, await talk.CorrectionsSinceRetrainingAsync(cancellationToken), TalkService.AutoRetrainAfter));
    }

    private static async Task<Ok<TalkRetraining>> RetrainAsync(TalkRetrainInput? input, TalkService talk, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await talk.RetrainAsync(user.Identity?.Name ?? "", input?.DryRun is not true, cancellationToken));

    private static TalkCorrectionDto ToDto(SamePage.Data.Entities.TalkCorrection c) => new(c.Id, c.Sentence, c.Language, c.Label, c.CorrectedBy, c.CreatedAt);

    private static async Task<Ok<List<FeatureMappingDto>>> ListMappingsAsync(SamePageDbContext db, string? solution, CancellationToken cancellationToken)
    {
        var query = db.FeatureMappings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(solution))
        {
            query = query.Where(m => m.Solution!.Name == solution);
        }
        var rows = await query.OrderBy(m => m.SolutionId).ThenBy(m => m.Feature).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(m => new FeatureMappingDto(m.Id, m.SolutionId, m.Feature, m.DriverName)).ToList());
    }

    private static async Task<Results<Created<FeatureMappingDto>, ValidationProblem>> AddMappingAsync(FeatureMappingInput input, SamePageDbContext db, TalkService talk, CancellationToken cancellationToken)
    {
        var solution = string.IsNullOrWhiteSpace(input.Solution) ? null
            : await db.Solutions.FirstOrDefaultAsync(s => s.Name == input.Solution, cancellationToken);
        var validation = new ApiValidation()
            .Require(solution is not null, "solution", "An existing solution name.")
            .Require(input.Feature is { Length: > 0 and <= 200 } && !string.IsNullOrWhiteSpace(input.Feature), "feature", "1 to 200 characters.")
            .Require(input.Driver is { Length: > 0 and <= 100 }, "driver", "A driver or input name of the solution's value model.");
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var feature = input.Feature!.Trim();
        var row = await db.FeatureMappings.FirstOrDefaultAsync(m => m.SolutionId == solution!.Id && m.Feature == feature, cancellationToken);
        if (row is null)
        {
            row = new FeatureMapping { SolutionId = solution!.Id, Feature = feature, DriverName = input.Driver! };
            db.FeatureMappings.Add(row);
        }
        row.DriverName = input.Driver!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await talk.ReanalyzeAllAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/talk/feature-mappings/{row.Id}", new FeatureMappingDto(row.Id, row.SolutionId, row.Feature, row.DriverName));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteMappingAsync(int id, SamePageDbContext db, TalkService talk, CancellationToken cancellationToken)
    {
        var row = await db.FeatureMappings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }
        db.FeatureMappings.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        await talk.ReanalyzeAllAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Vendor staff get the digest with its scores; a partner user gets its own messages without the vendor's judgement of them.</summary>
    private static async Task<Results<Ok<IReadOnlyList<DigestEntry>>, Ok<List<PortalMessage>>, NotFound, ValidationProblem>> DigestAsync(string? partner, SamePageDbContext db, CommunicationDigest digest, ClaimsPrincipal user, int take = 10, CancellationToken cancellationToken = default)
    {
        Partner? target;
        if (user.IsInRole(Roles.PartnerUser))
        {
            // The query filter limits a partner user to its own partner; a partner parameter cannot widen that.
            target = await db.Partners.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        }
        else if (string.IsNullOrWhiteSpace(partner))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["partner"] = ["The partner's external id."] });
        }
        else
        {
            target = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.ExternalId == partner, cancellationToken);
        }
        if (target is null)
        {
            return TypedResults.NotFound();
        }
        var entries = await digest.ForPartnerAsync(target, take, cancellationToken);
        return user.IsInRole(Roles.PartnerUser) ? TypedResults.Ok(entries.Select(PortalMessage.From).ToList()) : TypedResults.Ok(entries);
    }
}
