using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Reporting.Closures;
using Portal.Tests.Support;
using Portal.Tests.Support.Accounts;

namespace Portal.IntegrationTests.Accounts;

/// <summary>Personal bearer tokens for feeds: they act as their owner, are stored hashed, and die when revoked.</summary>
public sealed class ApiTokenTests(AccountsPortals portals) : IClassFixture<AccountsPortals>
{
    private AccountsPortal _portal = null!;

    [Theory, OnSqlite, OnPostgres]
    public async Task Token_CarriesTheOwnersRoleAndDivisions(DatabaseProvider db)
    {
        _portal = portals[db];
        var lead = await _portal.CreateUserAsync("lead.branches", PortalRoles.TeamLead, "branches");
        using var client = _portal.CreateBearerClient(await _portal.CreateApiTokenAsync(lead));

        var own = await client.PostAsync("/api/plans/2013/closures/branches/1", null);
        var other = await client.PostAsync("/api/plans/2013/closures/reader-services/1", null);

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal("lead.branches", (await own.Content.ReadFromJsonAsync<ClosureDto>())!.ClosedBy);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RevokedToken_Gets401(DatabaseProvider db)
    {
        _portal = portals[db];
        var user = await _portal.CreateUserAsync("ils.feed", PortalRoles.Staff, "reader-services");
        var secret = await _portal.CreateApiTokenAsync(user);
        using var client = _portal.CreateBearerClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plans/2013/closures")).StatusCode);

        await _portal.RevokeAsync(await IdOfAsync(secret));
        using var response = await client.GetAsync("/api/plans/2013/closures");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [OnSqlite("wpa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), OnPostgres("wpa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [OnSqlite("not-a-token"), OnPostgres("not-a-token")]
    [OnSqlite(""), OnPostgres("")]
    public async Task UnknownOrMalformedToken_Gets401(string token, DatabaseProvider db)
    {
        _portal = portals[db];
        using var client = _portal.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/plans/2013/closures");
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Token_IsStoredHashed_AndShowsWhenItWasLastUsed(DatabaseProvider db)
    {
        _portal = portals[db];
        var user = await _portal.CreateUserAsync("gate.counter", PortalRoles.Staff, "reader-services");
        var secret = await _portal.CreateApiTokenAsync(user);
        using var client = _portal.CreateBearerClient(secret);
        await client.GetAsync("/api/plans/2013/closures");

        var row = await _portal.DbAsync(data => data.AccessTokens.AsNoTracking().SingleAsync(t => t.Hash == TokenFormat.Hash(secret)));
        await using var scope = _portal.Scope();
        var listed = (await scope.ServiceProvider.GetRequiredService<TokenService>().ListAsync(AccessTokenKind.Api)).Single(t => t.Id == row.Id);

        Assert.Equal(64, row.Hash.Length);
        Assert.DoesNotContain(secret, row.Hash + row.Prefix + row.Label);
        Assert.Equal(secret[..10], listed.Prefix);
        Assert.Equal("gate.counter", listed.Owner);
        Assert.NotNull(listed.LastUsedAt);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task LockedOwner_TokenStopsWorking(DatabaseProvider db)
    {
        _portal = portals[db];
        var user = await _portal.CreateUserAsync("left.library", PortalRoles.Staff, "reader-services");
        var secret = await _portal.CreateApiTokenAsync(user);
        await using (var scope = _portal.Scope())
        {
            var id = (await scope.ServiceProvider.GetRequiredService<UserAdmin>().ListAsync()).Single(u => u.UserName == user).Id;
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdmin>().LockAsync(id, TestWriters.Admin("admin"))).Succeeded);
        }

        using var client = _portal.CreateBearerClient(secret);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/plans/2013/closures")).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Hub_AcceptsTheTokenAsAccessTokenQueryParameter(DatabaseProvider db)
    {
        _portal = portals[db];
        var user = await _portal.CreateUserAsync("wall.feed", PortalRoles.Viewer);
        var secret = await _portal.CreateApiTokenAsync(user);
        using var client = _portal.CreateAnonymousClient();

        using var valid = await client.PostAsync($"/hubs/dashboard/negotiate?negotiateVersion=1&access_token={secret}", null);
        await _portal.RevokeAsync(await IdOfAsync(secret));
        using var revoked = await client.PostAsync($"/hubs/dashboard/negotiate?negotiateVersion=1&access_token={secret}", null);

        Assert.NotEqual(HttpStatusCode.Unauthorized, valid.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, valid.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    private Task<long> IdOfAsync(string secret) =>
        _portal.DbAsync(data => data.AccessTokens.Where(t => t.Hash == TokenFormat.Hash(secret)).Select(t => t.Id).SingleAsync());
}
