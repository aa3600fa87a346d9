using Portal.Data;
using Portal.Tests.Support;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// One host per database provider for a whole test class whose tests must all leave the data as it was (bad inputs,
/// reads), started when a test first asks for it.
/// </summary>
public sealed class SharedApiHost : IAsyncLifetime
{
    private readonly PerProvider<ApiHost> _hosts = new(provider => new ApiHost(provider), host => host.DisposeAsync());

    public ApiHost this[DatabaseProvider provider] => _hosts[provider];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hosts.DisposeAsync();
}
