namespace SamePage.Data;

/// <summary>
/// Who is asking: the one input of partner isolation and of the audit log. A partner user is bound to
/// one partner and every query over partner data is filtered to it by the DbContext's query filters.
/// </summary>
public sealed class RequestActor
{
    public static RequestActor System { get; } = new() { UserName = "system" };

    public string? UserName { get; init; }
    public bool IsPartnerUser { get; init; }
    /// <summary>The partner a partner user is bound to; null for vendor roles.</summary>
    public int? PartnerId { get; init; }
    public bool IsAdmin { get; init; }

    public static RequestActor ForPartner(string userName, int partnerId) =>
        new() { UserName = userName, IsPartnerUser = true, PartnerId = partnerId };
}

/// <summary>Gives the context the actor at query time (the web request's user is known only after authentication).</summary>
public interface IActorProvider
{
    RequestActor Current { get; }
}

public sealed class FixedActor(RequestActor actor) : IActorProvider
{
    public RequestActor Current => actor;
}
