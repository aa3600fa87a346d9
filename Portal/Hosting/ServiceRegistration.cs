using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor.Services;
using Portal.Accounts;
using Portal.Api;
using Portal.Backups;
using Portal.Briefing;
using Portal.Configuration;
using Portal.Data;
using Portal.Domain.Engine;
using Portal.Figures;
using Portal.Hubs;
using Portal.Languages;
using Portal.Live;
using Portal.Live.Instances;
using Portal.PlanImport;
using Portal.PlanItems;
using Portal.Plans;
using Portal.Reporting;
using Portal.Libraries;
using Portal.Province;
using Portal.Wall;

namespace Portal.Hosting;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // Chinese text goes out as text, not as &#x…; entities: smaller pages, readable source.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.AddPortalLanguages(); // MudBlazor's strings and the account's language (ADR 036)
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(CompletionEngine.Default);
        services.AddDashboardHub(builder.Configuration);
        services.AddLive(builder.Configuration);
        services.AddSingleton<WriteGate>();
        services.AddSingleton<SaveQueue>();
        builder.AddPortalDatabase(); // Data/DatabaseRegistration.cs: SQLite or PostgreSQL (ADR 017)
        services.AddPortalDataProtection(); // keys in the database, shared by every instance (ADR 018)
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<FigureService>();
        services.AddSingleton<FigureQueries>();
        services.AddScoped<FigureImporter>();
        services.AddPortalApi();
        services.AddSingleton<ItemEditPolicy>();
        services.AddScoped<ItemService>();
        services.AddSingleton<ItemQueries>();
        services.AddSingleton<BriefingBuilder>();
        services.AddScoped<PlanPublisher>();
        services.AddScoped<PlanDraftService>();
        services.AddScoped<Plans.Editing.PlanEditor>();
        services.AddWall();
        services.AddReporting(builder.Configuration);
        services.AddBackups(builder.Configuration);
        builder.AddPortalAccounts(); // Accounts/AccountsRegistration.cs: Identity, tokens, access policy, periods
        services.AddLibraries(); // the province's libraries and each request's and circuit's scope (ADR 039)
        services.AddProvince(); // /province: roll-ups over the libraries below, and their export (ADR 041)
        return builder;
    }

    public static async Task InitializePortalAsync(this WebApplication app)
    {
        IcuCheck.LogIfMissing(app.Logger);
        // Listen to other instances before loading the store: what they commit meanwhile is applied on top.
        await app.Services.GetRequiredService<IChangeBus>().ConnectAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<AccountInitializer>().InitializeAsync();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value.DemoProvince) await ProvinceDemo.SeedAsync(app.Services);
        app.Services.LoadDataProtectionKeys();
    }
}
