using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Queries;
using SamePage.Web.Auth;
using SamePage.Core.Actuals;

namespace SamePage.Web.Api;

public sealed record PartnerDto(int Id, string ExternalId, string Name, PartnerType Type, string Tier, string Country, string Region, string Segment, IReadOnlyList<string> InformationNeeds)
{
    public static PartnerDto From(Partner p) => new(p.Id, p.ExternalId, p.Name, p.Type, p.Tier, p.Country, p.Region, p.Segment, p.InformationNeeds);
}

public sealed record PartnerInput(string? ExternalId, string? Name, PartnerType? Type, string? Tier, string? Country, string? Region, string? Segment, List<string>? InformationNeeds);

public sealed record ListResult<T>(IReadOnlyList<T> Items, int Total);

public static class PartnersApi
{
    public static void MapPartnersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/partners").WithTags("Partners");
        group.MapGet("/", ListAsync).WithName("ListPartners").OpenToPartners();
        group.MapGet("/{id:int}", GetAsync).WithName("GetPartner").OpenToPartners();
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
    }

    private static async Task<Results<Ok<ListResult<PartnerDto>>, ValidationProblem>> ListAsync(SamePageDbContext db, string? q, string? type, string? tier, string? country, string? segment, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        if (!EnumText.TryParse<PartnerType>(type, out var partnerType))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = [$"Use one of: {EnumText.Allowed<PartnerType>()}."] });
        }
        var result = await PartnerDirectory.SearchAsync(db, new PartnerFilter(q, partnerType, tier, country, segment), new PageRequest(page, pageSize), cancellationToken);
        return TypedResults.Ok(new ListResult<PartnerDto>(result.Items.Select(PartnerDto.From).ToList(), result.Total));
    }

    private static async Task<Results<Ok<PartnerDto>, NotFound>> GetAsync(int id, SamePageDbContext db, CancellationToken cancellationToken)
    {
        // The query filter hides other partners from partner users, so they get 404, not the data.
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return partner is null ? TypedResults.NotFound() : TypedResults.Ok(PartnerDto.From(partner));
    }

    private static async Task<Results<Created<PartnerDto>, ValidationProblem, Conflict<string>>> CreateAsync(PartnerInput input, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var validation = Validate(input, requireAll: true);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        if (await db.Partners.IgnoreQueryFilters().AnyAsync(p => p.ExternalId == input.ExternalId, cancellationToken))
        {
            return TypedResults.Conflict($"A partner with externalId '{input.ExternalId}' exists.");
        }
        var partner = new Partner { ExternalId = input.ExternalId!.Trim(), Name = input.Name!.Trim(), CreatedAt = DateTimeOffset.UtcNow };
        Apply(partner, input);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/partners/{partner.Id}", PartnerDto.From(partner));
    }

    private static async Task<Results<Ok<PartnerDto>, NotFound, ValidationProblem>> UpdateAsync(int id, PartnerInput input, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return TypedResults.NotFound();
        }
        var validation = Validate(input, requireAll: false);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        if (input.Name is not null)
        {
            partner.Name = input.Name.Trim();
        }
        Apply(partner, input);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PartnerDto.From(partner));
    }

    private static void Apply(Partner partner, PartnerInput input)
    {
        partner.Type = input.Type ?? partner.Type;
        partner.Tier = input.Tier?.Trim() ?? partner.Tier;
        partner.Country = input.Country?.Trim().ToUpperInvariant() ?? partner.Country;
        partner.Region = input.Region?.Trim() ?? partner.Region;
        partner.Segment = input.Segment?.Trim() ?? partner.Segment;
        partner.InformationNeeds = input.InformationNeeds ?? partner.InformationNeeds;
    }

    private static ApiValidation Validate(PartnerInput input, bool requireAll) => new ApiValidation()
        .Require(!requireAll || !string.IsNullOrWhiteSpace(input.ExternalId), "externalId", "Required.")
        .Require(input.ExternalId is null || input.ExternalId.Trim().Length is > 0 and <= 100, "externalId", "1 to 100 characters.")
        .Require(!requireAll || !string.IsNullOrWhiteSpace(input.Name), "name", "Required.")
        .Require(input.Name is null || input.Name.Trim().Length is > 0 and <= Core.FieldLimits.Name, "name", $"1 to {Core.FieldLimits.Name} characters.")
        .Require(!requireAll || input.Type is not null, "type", "Required: reseller, var, msp, si or distributor.")
        .Require(input.Country is null || Countries.IsIsoAlpha2(input.Country.Trim()), "country", "An ISO 3166 alpha-2 code such as DE.");
}
