using Portal.Tests.Support;
using Portal.IntegrationTests.Browser;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// A test of the several-instance deployment: needs Debian's postgresql and Chromium (redis-server is required
/// anyway, as for the other Redis tests). Skipped where one is missing, unless CI requires it.
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (PostgresServer.BinDirectory is null && !PostgresServer.Required)
            Skip = "PostgreSQL is not installed (apt-get install postgresql); set PORTAL_REQUIRE_POSTGRES=1 to fail instead.";
        else
            Skip = Chromium.SkipReason;
    }
}

/// <summary>One cluster for the tests of a class that leave it as they found it.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private PortalCluster? _cluster;

    public PortalCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    public async Task InitializeAsync()
    {
        if (new ClusterFactAttribute().Skip is not null) return;
        _cluster = await PortalCluster.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
