using Microsoft.AspNetCore.Authorization;
using RouteData = Microsoft.AspNetCore.Components.RouteData;
using Microsoft.AspNetCore.SignalR;

namespace Portal.Accounts;

/// <summary>
/// The portal's default and fallback policy: a signed-in user, and a kiosk only where <see cref="KioskAccess"/>
/// lets it. It is the fallback, so every endpoint another feature maps is covered without an attribute; it is the
/// default, so [Authorize] pages checked by AuthorizeRouteView inside a circuit apply the same rule.
/// </summary>
public static class AccessPolicy
{
    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new PortalAccessRequirement())
        .Build();
}

public sealed class PortalAccessRequirement : IAuthorizationRequirement;

public sealed class PortalAccessHandler : AuthorizationHandler<PortalAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PortalAccessRequirement requirement)
    {
        var user = context.User;
        if (user.IsSignedIn() && (!user.IsKiosk() || KioskMayOpen(context.Resource))) context.Succeed(requirement);
        return Task.CompletedTask;
    }

    /// <summary>The resource is the request (endpoints), the route (pages in a circuit) or a hub call.</summary>
    private static bool KioskMayOpen(object? resource) => resource switch
    {
        HttpContext http => KioskAccess.Allows(http.Request.Path),
        RouteData route => KioskAccess.AllowsPage(route.PageType),
        HubInvocationContext hub => hub.Context.GetHttpContext() is { } http && KioskAccess.Allows(http.Request.Path),
        _ => false,
    };
}
