using Portal.Data;
using Portal.Live;

namespace Portal.Province;

/// <summary>
/// The roll-up at the page's address (ADR 044): the libraries below a province or city library, none for a county or
/// a portal of one library, and a live follower of them for a page (/province) or a wall.
/// </summary>
public interface IProvinceRollUps
{
    /// <summary>The addressed library and those below it that the reader sees; null when it has none below.</summary>
    Task<ProvinceSet?> SetAsync(CancellationToken ct = default);

    /// <summary>A follower for a page: it rolls up on the page's renderer (<paramref name="invoke"/>) and re-renders it.</summary>
    ProvinceLive Follower(Func<Func<Task>, Task> invoke, Action render);
}

public sealed class ProvinceRollUps(LibraryTree tree, ProvinceReader reader, PlanFeed feed, TimeProvider clock, ILogger<ProvinceLive> logger)
    : IProvinceRollUps
{
    public Task<ProvinceSet?> SetAsync(CancellationToken ct = default) => ProvinceSet.ForAsync(tree, LibraryScope.Current, ct);

    public ProvinceLive Follower(Func<Func<Task>, Task> invoke, Action render) => new(reader, feed, clock, logger, invoke, render);
}
