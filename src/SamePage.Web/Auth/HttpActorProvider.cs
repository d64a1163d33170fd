using SamePage.Data;

namespace SamePage.Web.Auth;

/// <summary>The actor of the current HTTP request, read when a query runs (after authentication).</summary>
public sealed class HttpActorProvider(IHttpContextAccessor accessor) : IActorProvider
{
    public RequestActor Current => RequestActorFactory.From(accessor.HttpContext?.User);
}
