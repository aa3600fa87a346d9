using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Figures;
using Portal.Tests.Support;

namespace Portal.Tests.Support.Accounts;

/// <summary>One portal shared by the tests of a class (each test writes its own cells), with the helpers they share.</summary>
public sealed class AccountsPortal : PortalFactory
{
    /// <summary>On SQLite, as a class fixture.</summary>
    public AccountsPortal() : this(DatabaseProvider.Sqlite)
    {
    }

    private AccountsPortal(DatabaseProvider provider) : base(provider: provider)
    {
    }

    public static AccountsPortal On(DatabaseProvider provider) => new(provider);

    public const string Loans = "circulation.loans";
    public const string Own = "reader-services";
    public const string Other = "branches";

    /// <summary>Saves through the one write path, as <paramref name="user"/> (as the grid does inside a circuit).</summary>
    public async Task<SaveOutcome> SaveAsAsync(ClaimsPrincipal user, string division, int month, double value, string? reason = null, string? note = null)
    {
        await using var scope = Scope();
        var figures = scope.ServiceProvider.GetRequiredService<FigureService>();
        return await figures.SaveAsync(Plan2013, [new FigureWrite(Loans, division, month, value, note, null)], user, reason);
    }

    public async Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = Scope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task<double?> StoredAsync(string division, int month) =>
        DbAsync(db => db.Figures.Where(f => f.Year == 2013 && f.Kpi == Loans && f.Division == division && f.Month == month)
            .Select(f => (double?)f.Value).FirstOrDefaultAsync());
}

/// <summary>The class fixture of tests that run on both providers: one <see cref="AccountsPortal"/> per provider.</summary>
public sealed class AccountsPortals : IAsyncLifetime
{
    private readonly PerProvider<AccountsPortal> _portals = new(AccountsPortal.On, portal => portal.DisposeAsync());

    public AccountsPortal this[DatabaseProvider provider] => _portals[provider];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portals.DisposeAsync();
}
