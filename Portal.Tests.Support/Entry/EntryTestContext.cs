using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Accounts;
using Portal.Configuration;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Figures;
using Portal.Hosting;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting;
using Portal.Reporting.Closures;
using Portal.Reporting.Reminders;
using Portal.Tests.Support;

namespace Portal.Tests.Support.Entry;

/// <summary>
/// bUnit with the portal's real services on a SQLite file of its own (or a given database): migrations, the 2013 plan and the demo
/// figures (January–October), a clock stopped on 5 November 2013 at 10:00 in Beijing, and the zh-CN culture.
/// </summary>
public abstract class EntryTestContext : BunitContext, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2013, 11, 5, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"portal-entry-{Guid.NewGuid():N}.db");
    private readonly bool _seed;
    private readonly TestDatabase? _database;

    /// <param name="database">A database for this context, dropped with it (PostgreSQL in a cluster of the test's own, for an outage); by default a SQLite file.</param>
    protected EntryTestContext(bool seed = true, TestDatabase? database = null)
    {
        _seed = seed;
        _database = database;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        DefaultWaitTimeout = TimeSpan.FromSeconds(10); // saves hit a real SQLite file; a busy 2-core CI machine needs more than 1 s
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        Services.AddSingleton(CompletionEngine.Default);
        Services.AddSingleton<PlanFeed>();
        Services.AddSingleton<PlanStores>();
        Services.AddSingleton(sp => sp.GetRequiredService<PlanStores>().Default);
        Services.AddDbContextFactory<PortalDbContext>(o => (database is { Provider: DatabaseProvider.Postgres }
            ? o.UseNpgsql(database.ConnectionString) : o.UseSqlite(database?.ConnectionString ?? $"Data Source={_dbPath}")).UseProviderMigrations());
        Services.AddSingleton<LibraryTree>();
        Services.AddScoped<DatabaseInitializer>();
        Services.AddSingleton<WriteGate>();
        Services.AddSingleton<SaveQueue>();
        Services.AddScoped<Portal.Accounts.Acting.ActingUsers>();
        Services.AddScoped<FigureService>();
        Services.AddScoped<FigureImporter>();
        Services.AddSingleton<ResyncRequests>();
        Services.AddScoped<FigureQueries>();
        Services.AddHttpContextAccessor();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<WriteGuard>();
        // Closing a month (and the feed's reporting change that locks open pages) goes through the real submission service.
        Services.AddOptions();
        Services.AddScoped<SubmissionService>();
        Services.AddSingleton<Portal.Reporting.Chain.ChainReader>();
        Services.AddScoped<Portal.Reporting.Chain.ReviewChainService>();
        Services.AddScoped<ReminderOutbox>();
        Services.AddScoped<ClosureService>();
        // The page saves as the signed-in user: an administrator, who may write to every division.
        Auth = this.AddAuthorization();
        Auth.SetAuthorized(TestWriters.AdminName).SetRoles(PortalRoles.Admin);
        Services.Configure<PortalOptions>(o => o.Demo = true);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // last: it builds the service provider
    }

    /// <summary>Who is signed in: an admin unless a test says otherwise.</summary>
    protected Bunit.TestDoubles.BunitAuthorizationContext Auth { get; }

    public PlanState Plan2013 => Services.GetRequiredService<PlanStore>().Find(2013)
        ?? throw new InvalidOperationException("The 2013 plan was not loaded.");

    public async Task InitializeAsync()
    {
        if (!_seed) return;
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    /// <summary>Saves through the real write path, as another person on another page would.</summary>
    protected async Task<SaveOutcome> SaveElsewhereAsync(string by, params FigureWrite[] writes)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(Plan2013, writes, TestWriters.Admin(by));
    }

    protected async Task<FigureRecord> StoredAsync(string kpi, string division, int month) =>
        await FindStoredAsync(kpi, division, month) ?? throw new InvalidOperationException($"No figure for {kpi} / {division} / {month}.");

    protected async Task<FigureRecord?> FindStoredAsync(string kpi, string division, int month)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FigureQueries>().FigureAsync(2013, kpi, division, month);
    }

    /// <summary>The entry page for a division and month, once its grid (or its "no KPIs" notice) is there.</summary>
    protected IRenderedComponent<EntryHarness> Open(string division = "reader-services", int month = 10)
    {
        var cut = Render<EntryHarness>(p => p.Add(h => h.Division, division).Add(h => h.Month, month));
        cut.WaitForAssertion(() => Assert.True(cut.FindAll("tr[data-row-kpi]").Count > 0 || cut.FindAll("[data-testid='entry-empty']").Count > 0));
        return cut;
    }

    protected const string SaveSelector = "button[data-testid='entry-save']";

    protected static IElement Input(IRenderedComponent<EntryHarness> cut, string kpi) => cut.Find($"input[data-kpi='{kpi}']");

    protected static string? InputValue(IRenderedComponent<EntryHarness> cut, string kpi) => Input(cut, kpi).GetAttribute("value");

    protected static Task TypeAsync(IRenderedComponent<EntryHarness> cut, string kpi, string value) => cut.InputAsync($"input[data-kpi='{kpi}']", value);

    protected static string Status(IRenderedComponent<EntryHarness> cut) => cut.Find("[data-testid='entry-status']").TextContent;

    protected static IElement SaveButton(IRenderedComponent<EntryHarness> cut) => cut.Find(SaveSelector);

    /// <summary>After a given database is dropped (its owner's cluster can go then).</summary>
    protected virtual void OnDatabaseDisposed()
    {
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            _database.Dispose();
            OnDatabaseDisposed();
            return;
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbPath + suffix);
    }
}
