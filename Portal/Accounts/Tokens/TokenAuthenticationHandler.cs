using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Portal.Data.Entities;

namespace Portal.Accounts.Tokens;

/// <summary>
/// Authenticates API tokens (as their owner) and kiosk tokens (as role Kiosk). A bad or revoked token is a
/// failure, never an anonymous request: programs get 401, a wall gets a page saying its address no longer works.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenValidator validator, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (token, source) = TokenReader.Read(Request);
        if (token is null) return AuthenticateResult.NoResult();
        var valid = await validator.ValidateAsync(token, Context.RequestAborted);
        if (valid is null)
        {
            if (source == TokenSource.Cookie) KioskCookie.Clear(Context);
            return AuthenticateResult.Fail("The token is unknown or revoked.");
        }
        if (valid.Kind == AccessTokenKind.Kiosk && source == TokenSource.Query && !Response.HasStarted) KioskCookie.Set(Context, token);
        // A short ticket life lets a hub mapped with CloseOnAuthenticationExpiration drop a revoked token's connection.
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + TimeSpan.FromMinutes(1) };
        return AuthenticateResult.Success(new AuthenticationTicket(valid.ToPrincipal(Scheme.Name), properties, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AccessResponses.UnauthorizedAsync(Context, kiosk: Request.Path.StartsWithSegments(KioskAccess.WallPath)
            || TokenFormat.KindOf(TokenReader.Read(Request).Token) == AccessTokenKind.Kiosk);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AccessResponses.ForbiddenAsync(Context);
}
