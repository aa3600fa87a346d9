namespace Portal.Tests.Api;

/// <summary>One host for a whole test class whose tests must all leave the data as it was (bad inputs, reads).</summary>
public sealed class SharedApiHost : IAsyncLifetime
{
    public ApiHost Api { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
