using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Accounts.Kiosk;
using Portal.Accounts.Login;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Accounts;

public static class AccountsRegistration
{
    /// <summary>Identity, the authentication schemes, the access policy, and the account services.</summary>
    public static WebApplicationBuilder AddPortalAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, PortalAuthenticationStateProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitUserHandler>());

        services.AddAuthentication(o => o.DefaultScheme = PortalSchemes.Portal)
            .AddPolicyScheme(PortalSchemes.Portal, "Portal", o => o.ForwardDefaultSelector = PortalSchemes.Select)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(PortalSchemes.Token, null)
            .AddIdentityCookies();
        services.AddIdentityCore<PortalUser>(IdentityPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>();
        services.ConfigureApplicationCookie(IdentityPolicy.ConfigureCookie);

        var access = AccessPolicy.Build();
        services.AddAuthorizationBuilder().SetDefaultPolicy(access).SetFallbackPolicy(access);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PortalAccessHandler>();

        services.AddSingleton<TokenValidator>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<WriteGuard>();
        services.AddScoped<Acting.ActingUsers>();
        services.AddScoped<UserAdmin>();
        services.AddScoped<TokenService>();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<KioskSession>();
        services.AddScoped<AccountInitializer>();
        return builder;
    }
}
