using Portal.Api;
using Portal.Components;
using Portal.Hosting;
using Portal.Live;
using Portal.Report;

var (args2, help) = CommandLine.Parse(args);
if (help)
{
    Console.WriteLine(CommandLine.HelpText);
    return;
}

var builder = WebApplication.CreateBuilder(args2);
builder.AddPortal();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseRequestLocalization("zh-CN");
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UsePortalApiErrors();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapLive();
app.MapReport();
app.MapBenchmarkEndpoints();
app.MapPortalApi();

await app.InitializePortalAsync();
await app.RunAsync();
