using System.Net;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// A connection cut before any answer (ADR 038): B closes every connection it is sent a request on, C answers. A GET
/// that met B is answered by C, a POST is not sent on; and B stays in rotation, as a live instance that closes one
/// connection must not lose its browsers.
/// </summary>
public sealed class GatewayCutConnectionTests : IAsyncLifetime
{
    private const int Attempts = 4;
    private RecordingInstance? _b;
    private RecordingInstance? _c;
    private GatewayProcess? _gateway;

    private RecordingInstance B => _b!;
    private RecordingInstance C => _c!;
    private GatewayProcess Gateway => _gateway!;

    public async Task InitializeAsync()
    {
        _b = await RecordingInstance.StartAsync(cutsConnections: true);
        _c = await RecordingInstance.StartAsync();
        _gateway = await GatewayProcess.StartAsync(("B", B.Url), ("C", C.Url));
    }

    [Fact]
    public async Task Get_CutBeforeAnyAnswer_IsAnsweredByTheOther_AndTheInstanceStaysInRotation()
    {
        var answers = new List<(string Id, HttpStatusCode Status)>();
        for (var i = 0; i < Attempts; i++) answers.Add(await Gateway.SendAsync(HttpMethod.Get));

        Assert.NotEmpty(B.Received);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(answers.Select(a => a.Id), C.Received);
        Assert.True(await Gateway.InRotationAsync("B"), "one cut connection took B out of rotation");
    }

    [Fact]
    public async Task Post_CutBeforeAnyAnswer_Answers502_AndIsNeverSentToTheOther()
    {
        var answers = new List<(string Id, HttpStatusCode Status)>();
        for (var i = 0; i < Attempts; i++) answers.Add(await Gateway.SendAsync(HttpMethod.Post));

        var cut = answers.Where(a => a.Status != HttpStatusCode.OK).ToList();
        Assert.NotEmpty(cut);
        Assert.All(cut, a => Assert.Equal(HttpStatusCode.BadGateway, a.Status));
        Assert.Equal(cut.Select(a => a.Id), B.Received.Distinct());
        Assert.Equal(answers.Where(a => a.Status == HttpStatusCode.OK).Select(a => a.Id), C.Received);
        Assert.True(await Gateway.InRotationAsync("B"), "one cut connection took B out of rotation");
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null) await _gateway.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
        if (_c is not null) await _c.DisposeAsync();
    }
}
