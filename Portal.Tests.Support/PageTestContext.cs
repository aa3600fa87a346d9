using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Data.Demo;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Figures;
using Portal.Live;
using Portal.Plans;
using Portal.Shared;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.Support;

/// <summary>
/// A bUnit context for the portal's pages with real services: a <see cref="PlanStore"/> filled with the 2013 plan
/// (and optionally the demo figures), its <see cref="PlanFeed"/>, MudBlazor and the localizer, in zh-CN.
/// <see cref="UseDatabaseAsync"/> starts the whole portal on a temp SQLite file for pages that read figures and audit.
/// </summary>
public abstract class PageTestContext : BunitContext, IAsyncLifetime
{
    private static readonly Lazy<Plan> Plan2013 = new(() => PlanFile.Load(RepoPaths.Seed("plan-2013.json")));
    private PortalFactory? _portal;
    private AsyncServiceScope? _scope;

    protected PageTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Pages on a real database load figures and audit asynchronously; on a busy two-core runner that can take
        // longer than bUnit's default second. This bounds WaitForAssertion, it does not pause the test.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<PortalTitle>();
    }

    protected static Plan Plan => Plan2013.Value;

    protected PlanFeed Feed { get; private set; } = new();

    protected PlanStore Store { get; private set; } = null!;

    /// <summary>The store and feed the pages get: the 2013 plan with the deterministic demo figures, or none.</summary>
    protected PlanState UseStore(bool demo = true)
    {
        Store = new PlanStore(CompletionEngine.Default, Feed);
        var state = Store.Load(Plan, demo ? DemoFigures.For(Plan, lastMonth: 10) : []);
        Services.AddSingleton(Feed);
        Services.AddSingleton(Store);
        return state;
    }

    /// <summary>The store with one plan and its figures on a clock of the test's choosing (deadlines, ADR 026).</summary>
    protected PlanState UsePlan(Plan plan, IEnumerable<global::Portal.Domain.Figures.MonthlyFigure> figures, TimeProvider clock)
    {
        Store = new PlanStore(CompletionEngine.Default, Feed, clock);
        Services.AddSingleton(Feed);
        Services.AddSingleton(Store);
        return Store.Load(plan, figures);
    }

    /// <summary>The store with the 2013 and 2014 plans of <see cref="TwoYears"/> and their figures (year over year).</summary>
    protected PlanState UseTwoYears()
    {
        Store = new PlanStore(CompletionEngine.Default, Feed);
        Services.AddSingleton(Feed);
        Services.AddSingleton(Store);
        return LoadTwoYears();
    }

    /// <summary>Loads <see cref="TwoYears"/> into the store in use (after <see cref="UseDatabaseAsync"/>: over its 2013).</summary>
    protected PlanState LoadTwoYears()
    {
        Store.Load(TwoYears.Plan2013, TwoYears.Figures2013);
        return Store.Load(TwoYears.Plan2014, TwoYears.Figures2014);
    }

    /// <summary>The real portal on its own database; pages get its store, feed and a scope's figure queries.</summary>
    protected Task<PortalFactory> UseDatabaseAsync(bool demo = true)
    {
        _portal = new PortalFactory(demo);
        _ = _portal.Server;
        Store = _portal.Services.GetRequiredService<PlanStores>().Default;
        Feed = _portal.Services.GetRequiredService<PlanFeed>();
        _scope = _portal.Scope();
        Services.AddSingleton(Store);
        Services.AddSingleton(Feed);
        Services.AddSingleton(_scope.Value.ServiceProvider.GetRequiredService<FigureQueries>());
        return Task.FromResult(_portal);
    }

    /// <summary>Saves figures through the portal's one write path (database, audit, live store and feed).</summary>
    protected async Task SaveAsync(params FigureWrite[] writes)
    {
        var portal = _portal ?? throw new InvalidOperationException("Call UseDatabaseAsync first.");
        await using var scope = portal.Scope();
        var outcome = await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(portal.Plan2013, writes, TestWriters.Admin("测试"));
        if (outcome.Errors.Count > 0 || outcome.Conflicts.Count > 0)
            throw new InvalidOperationException(string.Join("; ", outcome.Errors.Select(e => e.Message)));
    }

    /// <summary>Commits a figure to the live store as a save would, and publishes it on the feed.</summary>
    protected void Apply(string kpi, string division, int month, double? value, double? previous = null) =>
        Store.Apply(2013, [new FigureChange(2013, kpi, division, month, value, previous, "测试", DateTimeOffset.UnixEpoch)]);

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_scope is { } scope) await scope.DisposeAsync();
        if (_portal is not null) await _portal.DisposeAsync();
    }
}
