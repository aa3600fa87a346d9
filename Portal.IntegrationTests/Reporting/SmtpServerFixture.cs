using Portal.Tests.Support;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Reporting;

/// <summary>One smtp4dev for the e-mail tests of a class; each test tells its messages apart by their recipients.</summary>
public sealed class SmtpServerFixture : IAsyncLifetime
{
    public Smtp4Dev Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await Smtp4Dev.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
