using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Portal.Briefing;
using Portal.Data;
using Portal.Live;
using Portal.PlanItems;
using Portal.Plans;
using Portal.Shared;

namespace Portal.Tests.Support;

/// <summary>
/// A bUnit context wired to a real portal (<see cref="PortalFactory"/>): the same live store and feed, and the
/// scoped services on the same SQLite file, so that pages read and write exactly as in the running app.
/// </summary>
public abstract class PortalPageContext : BunitContext, IAsyncLifetime
{
    protected PortalPageContext(bool demo = false)
    {
        // A page of 41 tasks re-renders about a thousand MudBlazor components; on a busy two-core runner that can
        // take longer than the default second. This bounds the wait, it does not pause the test.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Factory = new PortalFactory(demo);
        _ = Factory.Server;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<PortalTitle>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(Factory.Services.GetRequiredService<PlanStores>().Default);
        Services.AddSingleton(Factory.Services.GetRequiredService<PlanFeed>());
        Services.AddDbContextFactory<PortalDbContext>(o => o.UseSqlite(Factory.ConnectionString).UseProviderMigrations());
        Services.AddSingleton<ItemEditPolicy>();
        Services.AddScoped<Portal.Accounts.Acting.ActingUsers>();
        Services.AddScoped<ItemService>();
        Services.AddScoped<BriefingBuilder>();
    }

    protected PortalFactory Factory { get; }

    /// <summary>Renders a page the way the layout hosts it: with the popover provider that selects need.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>() where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        Render<MudPopoverProvider>();
        return Render<TPage>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
