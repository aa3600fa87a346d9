namespace Portal.LoadTest;

/// <summary>One measurement the load tool can run against a portal on this machine (loopback only).</summary>
public interface IScenario
{
    string Name { get; }
    string Help { get; }

    /// <summary>Whether --url may be given more than once (the scenario reads them with <c>Options.Urls</c>).</summary>
    bool TakesSeveralUrls => false;
    Task<int> RunAsync(Uri portal, IReadOnlyDictionary<string, string> options, CancellationToken ct);
}
