using Portal.Accounts;
using Portal.Accounts.Commands;
using Portal.Accounts.Login;
using Portal.Api;
using Portal.Backups;
using Portal.Briefing;
using Portal.Components;
using Portal.Hosting;
using Portal.Hubs;
using Portal.Languages;
using Portal.Libraries;
using Portal.Live;
using Portal.PlanImport;
using Portal.Province;
using Portal.Reporting;
using Portal.Reporting.Closures;

var (portalArgs, help) = CommandLine.Parse(args);
if (help)
{
    Console.WriteLine(CommandLine.HelpText);
    return;
}

if (PlanExtractCommand.TryRun(portalArgs, Console.Out, Console.Error) is { } planExit)
{
    Environment.ExitCode = planExit; // plan extract reads a file and prints JSON: no web server, no database
    return;
}

var (webArgs, command, commandError) = CommandLine.ParseCommand(portalArgs);
var (planArgs, planImport, importError) = PlanImportCommand.Parse(webArgs);
var (backupArgs, backupCommand, backupError) = BackupCommand.Parse(planArgs);
var (hostArgs, libraryCommand, libraryError) = LibraryCommand.Parse(backupArgs);
if ((commandError ?? importError ?? backupError ?? libraryError) is { } error)
{
    Console.Error.WriteLine(error);
    Environment.ExitCode = 2;
    return;
}

// A configuration the portal cannot start with, a database it cannot open or a port in use: one message and an
// exit code, not a stack trace (StartupFailure).
try
{
    var builder = WebApplication.CreateBuilder(hostArgs);
    builder.AddPortal();
    if (command is not null || planImport is not null || backupCommand is not null || libraryCommand is not null) builder.Logging.ClearProviders(); // a command prints its own result, nothing else

    var app = builder.Build();
    if (command is not null)
    {
        Environment.ExitCode = await AccountCommands.RunAsync(app, command, app.InitializePortalAsync); // no web server for a command
        return;
    }
    if (planImport is not null)
    {
        Environment.ExitCode = await PlanImportCommands.RunAsync(app, planImport, app.InitializePortalAsync);
        return;
    }
    if (backupCommand is not null)
    {
        Environment.ExitCode = await BackupCommands.RunAsync(app, backupCommand, app.InitializePortalAsync); // backup, restore, export, import (ADR 029)
        return;
    }
    if (libraryCommand is not null)
    {
        Environment.ExitCode = await libraryCommand.RunAsync(app, app.InitializePortalAsync, Console.Out, Console.Error); // library add, list, retire, remove (ADR 039)
        return;
    }
    app.UseSecurityHeaders(); // first: every answer gets them, error pages included
    app.UseInstanceHeader(); // X-Portal-Instance: which instance behind the load balancer answered (ADR 018)
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
    }
    app.UseLibraryAddresses(); // /l/{code}/… and /api/libraries/{code}/… name a library; the rest is the default one's (ADR 039)
    app.UseRouting(); // after the library is taken off the path: routes match as they always did
    app.UsePortalLanguages(); // ?lang=, the culture cookie, else Chinese (ADR 036)
    app.UsePageQueryGuard(); // ?year=abc and ?month=x get a 400 page in Chinese, not a 500
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UsePortalApiErrors();
    app.UseAuthentication();
    app.UseLibraryScopes(); // what the user's library may see, once per request; another library's address is a 404 (ADR 039)
    app.UseAuthorization(); // fallback policy: every endpoint needs a login unless marked AllowAnonymous
    app.UsePlanQueryGuard(); // ?year=2015 (unpublished) and ?month=13 are explained, not silently replaced
    app.UseAntiforgery();
    app.MapStaticAssets().AllowAnonymous();
    app.MapHealth(); // anonymous /healthz for the load balancer (ADR 018)
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    app.MapDashboardHub();
    app.MapBriefing();
    app.MapProvince();
    app.MapBenchmarkEndpoints();
    app.MapAccountEndpoints();
    app.MapLanguageEndpoints();
    app.MapClosureEndpoints();
    app.MapReportingEndpoints();
    app.MapBackupEndpoints();
    app.MapPortalApi();

    await app.InitializePortalAsync();
    DemoBanner.PrintOnStart(app); // --demo: the address to open and the demo accounts, once listening
    await app.RunAsync();
}
catch (Exception e) when (StartupFailure.Describe(e) is { } failure)
{
    Console.Error.WriteLine(failure.Message);
    Environment.ExitCode = failure.ExitCode;
}
