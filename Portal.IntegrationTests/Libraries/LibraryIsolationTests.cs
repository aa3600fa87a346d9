using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// Isolation enforced twice (ADR 039): EF Core's query filter by the visible set on both providers, and on
/// PostgreSQL row-level security under every statement, hand-written SQL included. A user sees their library and the
/// libraries below it, never one beside or above it.
/// </summary>
public sealed class LibraryIsolationTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task ACountysFigures_AreSeenByItsCityAndTheProvince_AndItSeesOnlyItsOwn(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);

        // A library's pages read its own rows (the "addressed" filter); a roll-up across the libraries below it sets
        // that aside and is still held to the visible set (the "library" filter).
        var county = await world.AsAsync(world.County, db => RolledUp(db).ToListAsync());
        var city = await world.AsAsync(world.City, db => RolledUp(db).ToListAsync());
        var province = await world.AsAsync(Library.DefaultId, db => RolledUp(db).ToListAsync());
        var countyPage = await world.AsAsync(world.County, db => db.Figures.Select(f => f.LibraryId).Distinct().ToListAsync());
        var provincePage = await world.AsAsync(Library.DefaultId, db => db.Figures.Select(f => f.LibraryId).Distinct().ToListAsync());

        Assert.Equal([world.County], county);
        Assert.Equal([world.County], city); // the city has no figures of its own yet, and never the province's
        Assert.Equal([Library.DefaultId, world.County], province.Order());
        Assert.Equal([world.County], countyPage);
        Assert.Equal([Library.DefaultId], provincePage);
        Assert.Equal(0, await world.AsAsync(world.County, db => db.Plans.IgnoreQueryFilters([LibraryRows.AddressedFilter]).CountAsync()));
        Assert.Equal(0, await world.AsAsync(world.County, db => db.Users.CountAsync(u => u.LibraryId == Library.DefaultId)));
    }

    private static IQueryable<int> RolledUp(PortalDbContext db) =>
        db.Figures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Select(f => f.LibraryId).Distinct();

    [Theory, OnSqlite, OnPostgres]
    public async Task AWriteToALibraryOutsideTheScope_IsRefused_AndNothingIsWritten(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);
        var before = await world.AsAsync(Library.DefaultId, db => db.Figures.CountAsync());

        await Assert.ThrowsAsync<LibraryScopeException>(() => world.AsAsync(world.County, async db =>
        {
            var figure = await db.Figures.IgnoreQueryFilters().FirstAsync(f => f.LibraryId == world.County);
            figure.LibraryId = Library.DefaultId; // moved into the province: outside the county's scope
            await db.SaveChangesAsync();
        }));

        Assert.Equal(before, await world.AsAsync(Library.DefaultId, db => db.Figures.CountAsync()));
    }

    [Theory, OnPostgres]
    public async Task RawSql_OnThePortalsConnection_ReadsAndWritesOnlyTheScopesLibraries(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);

        var seenByCounty = await world.AsAsync(world.County, db =>
            db.Database.SqlQueryRaw<int>("""SELECT "LibraryId" AS "Value" FROM "Figures" """).Distinct().ToListAsync());
        var accountsSeenByCounty = await world.AsAsync(world.County, db =>
            db.Database.SqlQueryRaw<int>("""SELECT "LibraryId" AS "Value" FROM "AspNetUsers" """).Distinct().ToListAsync());
        var seenByProvince = await world.AsAsync(Library.DefaultId, db =>
            db.Database.SqlQueryRaw<int>("""SELECT "LibraryId" AS "Value" FROM "Figures" """).Distinct().ToListAsync());
        var refused = await Assert.ThrowsAsync<PostgresException>(() => world.AsAsync(world.County, db => db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Figures" ("LibraryId", "Year", "Kpi", "Division", "Month", "Value", "Version", "UpdatedAt", "UpdatedBy")
            VALUES (1, 2013, 'circulation.loans', 'reader-services', 12, 1, 1, 0, 'xh.admin')
            """)));

        Assert.Equal([world.County], seenByCounty);
        Assert.Equal([world.County], accountsSeenByCounty);
        Assert.Equal([Library.DefaultId, world.County], seenByProvince.Order());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState); // new row violates row-level security policy
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AUserOfACounty_Gets404OnEveryPageAndApiRouteOfTheProvince(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);
        using var county = await world.Portal.LoginAsync(LibraryWorld.CountyAdmin);
        using var province = await world.Portal.LoginAsync("admin", "demo-admin-2013");

        var routes = RouteCatalog.All(world.Portal)
            .Where(r => !r.AllowsAnonymous && !r.IsStaticAsset && !r.Path.StartsWith("/account", StringComparison.Ordinal)).ToList();
        var wrong = new List<string>();
        foreach (var route in routes)
        {
            using var response = await county.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Path));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.NotFound) wrong.Add($"{route.Method} {route.Path}: {(int)response.StatusCode}");
            else if (body.Contains("circulation.loans", StringComparison.Ordinal) || body.Contains("reader-services", StringComparison.Ordinal))
                wrong.Add($"{route.Method} {route.Path}: 404 with the province's data");
        }

        Assert.True(routes.Count > 40, $"only {routes.Count} routes found");
        Assert.Empty(wrong);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync("/api/plans/2013/figures")).StatusCode);
    }
}
