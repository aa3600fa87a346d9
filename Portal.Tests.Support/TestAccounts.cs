using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;

namespace Portal.Tests.Support;

/// <summary>
/// Accounts for tests: users with a known password, API and kiosk tokens, and HttpClients signed in by bearer token
/// (fast, for APIs and pages) or through the real login form (cookie). Other features' tests that used an
/// anonymous client use <see cref="CreateAdminClientAsync"/> or <see cref="CreateClientAsAsync"/> now.
/// </summary>
public static partial class TestAccounts
{
    public const string Password = "test-pass-2013";
    private static int _serial;

    public static async Task<string> CreateUserAsync(this PortalFactory factory, string userName, string role, params string[] divisions)
    {
        await using var scope = factory.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(userName, [role], divisions, TestWriters.Admin("测试"), password: Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return userName;
    }

    public static async Task<string> CreateApiTokenAsync(this PortalFactory factory, string userName)
    {
        await using var scope = factory.Scope();
        var token = await scope.ServiceProvider.GetRequiredService<TokenService>().CreateApiTokenAsync(userName, "测试令牌", TestWriters.Admin("测试"));
        return token?.Secret ?? throw new InvalidOperationException($"No user {userName}.");
    }

    public static async Task<(long Id, string Secret)> CreateKioskTokenAsync(this PortalFactory factory, string label = "测试大屏")
    {
        await using var scope = factory.Scope();
        var token = await scope.ServiceProvider.GetRequiredService<TokenService>().CreateKioskTokenAsync(label, TestWriters.Admin("测试"));
        return (token.Id, token.Secret);
    }

    public static async Task RevokeAsync(this PortalFactory factory, long tokenId)
    {
        await using var scope = factory.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<TokenService>().RevokeAsync(tokenId, TestWriters.Admin("测试")));
    }

    /// <summary>No cookies, no redirects followed: what a stranger (or a program without a token) gets.</summary>
    public static HttpClient CreateAnonymousClient(this PortalFactory factory) =>
        factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A new user with this role and divisions, and a client carrying one of their API tokens.</summary>
    public static async Task<HttpClient> CreateClientAsAsync(this PortalFactory factory, string role, params string[] divisions)
    {
        var user = await factory.CreateUserAsync($"{role.ToLowerInvariant()}{Interlocked.Increment(ref _serial)}", role, divisions);
        return factory.CreateBearerClient(await factory.CreateApiTokenAsync(user));
    }

    public static Task<HttpClient> CreateAdminClientAsync(this PortalFactory factory) => factory.CreateClientAsAsync(PortalRoles.Admin);

    public static HttpClient CreateBearerClient(this PortalFactory factory, string token)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Posts the real login form (with its anti-forgery token); the client keeps the cookies.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string path = "/login")
    {
        var form = await client.GetStringAsync(path);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.UserName"] = userName, ["Input.Password"] = password,
        }));
    }

    /// <summary>A cookie client signed in through /login.</summary>
    public static async Task<HttpClient> LoginAsync(this PortalFactory factory, string userName, string password = Password)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await PostLoginAsync(client, userName, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        AntiforgeryField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No anti-forgery token in the form.");

    /// <summary>A principal as the cookie or a token would give it, for calling services directly.</summary>
    public static ClaimsPrincipal Principal(string name, string role, params string[] divisions) =>
        new(new ClaimsIdentity(
            new[] { new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role) }
                .Concat(divisions.Select(d => new Claim(PortalClaims.Division, d))),
            "Test"));

    public static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
