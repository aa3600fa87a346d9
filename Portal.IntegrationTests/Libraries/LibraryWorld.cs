using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Libraries;

namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// The demo portal (Zhejiang Library, 2013 and 2014, as the default library) with a city library below it and a
/// county library below the city, each with an admin who signs in with <see cref="TestAccounts.Password"/>, and one
/// figure of the county's own.
/// </summary>
public sealed class LibraryWorld : IAsyncDisposable
{
    public const string CityAdmin = "hz.admin", CountyAdmin = "xh.admin";

    private LibraryWorld(PortalFactory portal) => Portal = portal;

    public PortalFactory Portal { get; }
    public int City { get; private set; }
    public int County { get; private set; }

    public static async Task<LibraryWorld> CreateAsync(DatabaseProvider provider)
    {
        var world = new LibraryWorld(new PortalFactory(demo: true, provider: provider));
        _ = world.Portal.Services; // start: migrate and seed
        world.City = await world.AddAsync("hz-lib", "杭州图书馆", LibraryLevel.City, "zjlib", CityAdmin);
        world.County = await world.AddAsync("xh-lib", "杭州市西湖区图书馆", LibraryLevel.County, "hz-lib", CountyAdmin);
        await world.AsAsync(world.County, async db =>
        {
            db.Figures.Add(new FigureRecord
            {
                Year = 2013, Kpi = "county.loans", Division = "lending", Month = 3, Value = 4_180, Version = 1,
                UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = CountyAdmin,
            });
            await db.SaveChangesAsync();
        });
        return world;
    }

    public async Task<int> AddAsync(string code, string name, LibraryLevel level, string parent, string admin)
    {
        await using var scope = Portal.Scope();
        var added = await scope.ServiceProvider.GetRequiredService<LibraryAdmin>().AddAsync(code, name, level, parent, $"{admin}.first", TestWriters.Admin("测试"));
        Assert.True(added.Succeeded, string.Join(' ', added.Errors));
        var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(admin, [PortalRoles.Admin], [], TestWriters.Admin("测试"),
            password: TestAccounts.Password, library: added.Library!.Id);
        Assert.True(created.Succeeded, string.Join(' ', created.Errors));
        return added.Library.Id;
    }

    /// <summary>Runs <paramref name="act"/> with a context in the scope of a user of <paramref name="library"/>, as a request of theirs would.</summary>
    public async Task<T> AsAsync<T>(int library, Func<PortalDbContext, Task<T>> act)
    {
        LibraryScope.Current = await Portal.Services.GetRequiredService<LibraryTree>().ScopeForAsync(library);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await act(db);
    }

    public Task AsAsync(int library, Func<PortalDbContext, Task> act) => AsAsync(library, async db =>
    {
        await act(db);
        return true;
    });

    /// <summary>Publishes a plan for <paramref name="library"/>, as its admin would through the plan import.</summary>
    public async Task PublishAsync(int library, string planJson)
    {
        using var entered = LibraryScope.Enter(LibraryScope.Of(library));
        await using var scope = Portal.Scope();
        await scope.ServiceProvider.GetRequiredService<Portal.Plans.PlanPublisher>().PublishAsync(planJson, TestWriters.Admin("测试"), CancellationToken.None);
    }

    /// <summary>An API token of <paramref name="userName"/>, a user of <paramref name="library"/>.</summary>
    public async Task<string> TokenAsync(int library, string userName)
    {
        using var entered = LibraryScope.Enter(LibraryScope.Of(library));
        await using var scope = Portal.Scope();
        var token = await scope.ServiceProvider.GetRequiredService<Portal.Accounts.Tokens.TokenService>().CreateApiTokenAsync(userName, "ILS", TestWriters.Admin("测试"));
        return token!.Secret;
    }

    public ValueTask DisposeAsync() => Portal.DisposeAsync();
}
