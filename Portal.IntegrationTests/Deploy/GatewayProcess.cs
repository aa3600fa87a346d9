using System.Net;
using System.Net.Http.Json;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// Portal.Gateway as a process in front of the given instances, round-robin, for the tests of what it does with one
/// request. The active check never takes an instance out (only what a proxied request meets does), and an instance
/// taken out stays out for longer than a test runs.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly ClusterProcess _process;

    private GatewayProcess(ClusterProcess process) => _process = process;

    public int Port => _process.Port;

    public static async Task<GatewayProcess> StartAsync(params (string Name, string Url)[] instances)
    {
        var process = new ClusterProcess("gateway", "Portal.Gateway.dll", ClusterProcess.FreePort(),
        [
            .. instances.SelectMany(i => new[] { $"--Gateway:Instances:{i.Name}", i.Url }),
            "--Gateway:LoadBalancing", "RoundRobin", "--Gateway:HealthFailures", "1000000", "--Gateway:ReactivationPeriod", "00:05:00",
        ]);
        var gateway = new GatewayProcess(process);
        try
        {
            await process.StartAsync("/gateway/status");
        }
        catch
        {
            await gateway.DisposeAsync();
            throw;
        }
        return gateway;
    }

    /// <summary>A new client (no affinity cookie) sends one request tagged with a new id: the id and the status.</summary>
    public async Task<(string Id, HttpStatusCode Status)> SendAsync(HttpMethod method)
    {
        using var client = PortalCluster.Client(_process.Url);
        var id = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(method, "/api/anything");
        request.Headers.Add(RecordingInstance.IdHeader, id);
        if (method == HttpMethod.Post) request.Content = new StringContent("""{"value": 779}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return (id, response.StatusCode);
    }

    public async Task<bool> InRotationAsync(string instance)
    {
        using var client = PortalCluster.Client(_process.Url);
        var status = await client.GetFromJsonAsync<List<PortalCluster.InstanceStatusDto>>("/gateway/status");
        return status!.Single(s => s.Name == instance).Available;
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
