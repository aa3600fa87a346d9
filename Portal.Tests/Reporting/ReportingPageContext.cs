using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using Portal.Accounts;
using Portal.Data;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting;
using Portal.Reporting.Board;
using Portal.Reporting.Notices;
using Portal.Reporting.Reminders;
using Portal.Shared;
using Portal.Tests.Support;
using Portal.Tests.Support.Reporting;

namespace Portal.Tests.Reporting;

/// <summary>
/// bUnit for the reporting pages against a real portal on fake time (2 April 2013, 09:00 China time, before
/// March's deadline): the same store, feed and database; the page's services resolved here as in a circuit.
/// </summary>
public abstract class ReportingPageContext : BunitContext, IAsyncLifetime
{
    protected ReportingPageContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Clock = new FakeTimeProvider(ReminderHost.ThreeDaysBeforeMarch);
        Host = ReminderHost.Create(Clock, smtpPort: null);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<PortalTitle>();
        Services.AddOptions();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(Host.Services.GetRequiredService<PlanStores>().Default);
        Services.AddSingleton(Host.Services.GetRequiredService<PlanFeed>());
        Services.AddDbContextFactory<PortalDbContext>(o => o.UseSqlite(Host.ConnectionString));
        Services.AddScoped<Portal.Accounts.Acting.ActingUsers>();
        Services.AddScoped<DeadlineStore>();
        Services.AddScoped<ReportingBoard>();
        Services.AddScoped<SubmissionService>();
        Services.AddSingleton(Host.Services.GetRequiredService<PlanStores>());
        Services.AddSingleton(Host.Services.GetRequiredService<LibraryTree>());
        Services.AddSingleton(Host.Services.GetRequiredService<WriteGate>());
        Services.AddSingleton<Portal.Reporting.Chain.ChainReader>();
        Services.AddScoped<Portal.Reporting.Chain.ReviewChainService>();
        Services.AddScoped<ReminderOutbox>();
        Services.AddScoped<OwedNotices>();
    }

    protected FakeTimeProvider Clock { get; }

    protected PortalFactory Host { get; }

    protected void SignIn(string name, string role, params string[] divisions) =>
        this.AddAuthorization().SetAuthorized(name).SetRoles(role).SetClaims(divisions.Select(d => new Claim(PortalClaims.Division, d)).ToArray());

    protected IRenderedComponent<ReportingPage> RenderBoard(int month)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/reporting?month={month}");
        Render<MudPopoverProvider>();
        return Render<ReportingPage>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Host.DisposeAsync();
    }
}
