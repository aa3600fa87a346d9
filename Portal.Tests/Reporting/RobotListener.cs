using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Reporting;

/// <summary>
/// Stand-in group robots (企业微信/钉钉 accept the same text JSON): a real HTTP server on a free port that records
/// each message's text by robot name (/robot/{name}) and answers {"errcode":0,"errmsg":"ok"}.
/// </summary>
public sealed class RobotListener : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RobotListener(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Robot, string Text)> Received { get; } = new();

    public string Url(string robot) => $"{_app.Urls.First()}/robot/{robot}";

    public IReadOnlyList<string> To(string robot) => Received.Where(r => r.Robot == robot).Select(r => r.Text).ToList();

    public static async Task<RobotListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new RobotListener(app);
        app.MapPost("/robot/{name}", async (string name, HttpRequest request) =>
        {
            using var json = await JsonDocument.ParseAsync(request.Body);
            var root = json.RootElement;
            Assert.Equal("text", root.GetProperty("msgtype").GetString());
            listener.Received.Enqueue((name, root.GetProperty("text").GetProperty("content").GetString()!));
            return Results.Text("""{"errcode":0,"errmsg":"ok"}""", "application/json");
        });
        await app.StartAsync();
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
