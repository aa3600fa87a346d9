using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Portal.Accounts;

/// <summary>
/// Who is acting in this scope, in an HTTP request (HttpContext.User) and in a Blazor circuit (the circuit's
/// authentication state, which follows revalidation). Nobody known means anonymous, which may write nothing.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private ClaimsPrincipal? _user;

    /// <summary>Set by <see cref="CircuitUserHandler"/>: inside a circuit HttpContext is not the user's request.</summary>
    internal bool InCircuit { get; set; }

    /// <summary>Acts as <paramref name="user"/> from now on in this scope (background jobs, tests).</summary>
    public void Use(ClaimsPrincipal user) => _user = user;

    public async Task<ClaimsPrincipal> GetAsync()
    {
        if (_user is not null) return _user;
        if (!InCircuit && http.HttpContext is { } context) return context.User;
        if (services.GetService<AuthenticationStateProvider>() is { } auth)
        {
            try
            {
                return (await auth.GetAuthenticationStateAsync()).User;
            }
            catch (InvalidOperationException)
            {
                // Outside a circuit the server's provider has no state: nobody is signed in here.
            }
        }
        return Anonymous;
    }

    public async Task<string> NameAsync() => Writer.NameOf(await GetAsync());
}
