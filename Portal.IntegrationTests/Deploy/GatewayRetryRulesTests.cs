using System.Net;
using System.Net.WebSockets;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// Which requests the gateway sends again when they meet a dead instance (ADR 038): the gateway as a process, A a
/// port nothing listens on, B a stand-in that records what reaches it. Round-robin sends every other new request to A
/// while A is in rotation; the first refused connection takes A out (for longer than a test runs).
/// </summary>
public sealed class GatewayRetryRulesTests : IAsyncLifetime
{
    private const int Attempts = 4;
    private RecordingInstance? _b;
    private GatewayProcess? _gateway;

    private RecordingInstance B => _b!;
    private GatewayProcess Gateway => _gateway!;

    public async Task InitializeAsync()
    {
        _b = await RecordingInstance.StartAsync();
        _gateway = await GatewayProcess.StartAsync(("A", $"http://127.0.0.1:{ClusterProcess.FreePort()}"), ("B", B.Url));
    }

    [Fact]
    public async Task Get_MeetingADeadInstance_IsAnsweredByTheOther_AndTakesTheDeadOneOutOfRotation()
    {
        var answers = new List<(string Id, HttpStatusCode Status)>();
        for (var i = 0; i < Attempts && await Gateway.InRotationAsync("A"); i++) answers.Add(await Gateway.SendAsync(HttpMethod.Get));

        Assert.False(await Gateway.InRotationAsync("A"), $"{Attempts} GETs never met A");
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(answers.Select(a => a.Id), B.Received);
    }

    [Fact]
    public async Task Post_MeetingADeadInstance_Answers502_AndIsNeverSentToTheOther()
    {
        var answers = new List<(string Id, HttpStatusCode Status)>();
        for (var i = 0; i < Attempts && await Gateway.InRotationAsync("A"); i++) answers.Add(await Gateway.SendAsync(HttpMethod.Post));

        Assert.False(await Gateway.InRotationAsync("A"), $"{Attempts} POSTs never met A");
        var refused = Assert.Single(answers, a => a.Status != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.BadGateway, refused.Status);
        Assert.Equal(answers.Where(a => a.Status == HttpStatusCode.OK).Select(a => a.Id), B.Received);
    }

    [Fact]
    public async Task WebSocket_MeetingADeadInstance_FailsAndIsNeverSentToTheOther()
    {
        var opened = new List<string>();
        var failed = 0;
        for (var i = 0; i < Attempts && await Gateway.InRotationAsync("A"); i++)
        {
            var id = Guid.NewGuid().ToString("N");
            using var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader(RecordingInstance.IdHeader, id);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Gateway.Port}/ws"), limit.Token);
                opened.Add(id);
            }
            catch (WebSocketException)
            {
                failed++;
            }
        }

        Assert.False(await Gateway.InRotationAsync("A"), $"{Attempts} WebSocket upgrades never met A");
        Assert.Equal(1, failed);
        Assert.Equal(opened, B.Received);
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null) await _gateway.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
    }
}
