using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// A stand-in for a portal instance behind the gateway, in the test process: /healthz, a WebSocket at /ws, and 200
/// to anything else, or, when it cuts connections, a connection closed before any answer (as an instance dying
/// mid-request); it keeps the X-Test-Id of every request that reached it, so a test can tell whether the gateway
/// sent a request on to it.
/// </summary>
public sealed class RecordingInstance : IAsyncDisposable
{
    public const string IdHeader = "X-Test-Id";
    private readonly WebApplication _app;

    private RecordingInstance(WebApplication app) => _app = app;

    public string Url { get; private init; } = "";
    public ConcurrentQueue<string> Received { get; } = new();

    public static async Task<RecordingInstance> StartAsync(bool cutsConnections = false)
    {
        var url = $"http://127.0.0.1:{ClusterProcess.FreePort()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var instance = new RecordingInstance(app) { Url = url };
        app.UseWebSockets();
        app.MapGet("/healthz", () => "ok");
        app.Map("/ws", async context =>
        {
            instance.Received.Enqueue($"{context.Request.Headers[IdHeader]}");
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, null, context.RequestAborted);
        });
        app.Map("/{**path}", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            instance.Received.Enqueue($"{context.Request.Headers[IdHeader]}");
            if (cutsConnections) context.Abort();
            return "B";
        });
        await app.StartAsync();
        return instance;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
