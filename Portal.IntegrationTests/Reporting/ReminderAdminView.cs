using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Data;
using Portal.Reporting.Admin;
using Portal.Reporting.Reminders;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Reporting;

/// <summary>The admin page's reminder tab (<see cref="DeliveriesPanel"/>) rendered by bUnit against a host's database.</summary>
public sealed class ReminderAdminView : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly IRenderedComponent<DeliveriesPanel> _panel;

    public ReminderAdminView(PortalFactory host)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddLocalization();
        _context.Services.AddDbContextFactory<PortalDbContext>(o => o.UseSqlite(host.ConnectionString));
        _context.Services.AddSingleton(host.Services.GetRequiredService<ReminderDispatcher>());
        _panel = _context.Render<DeliveriesPanel>();
    }

    public string FailingAlert()
    {
        _panel.WaitForAssertion(() => Assert.NotEmpty(_panel.FindAll("[data-delivery-alert]")));
        return _panel.Find("[data-delivery-alert]").TextContent;
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
