using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Live;

/// <summary>One of several portal instances that share one database, as behind a load balancer.</summary>
public sealed class InstanceFactory(TestDatabase database, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null)
    : PortalFactory(provider: database.Provider, shared: database)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }
}

