namespace SamePage.Web.Auth;

/// <summary>The one way an endpoint opens itself to partner users; partner data stays behind the query filters.</summary>
public static class PartnerAccess
{
    public static TBuilder OpenToPartners<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Roles.SignedInPolicy);
}
