using Portal.Api;

namespace Portal.Hubs;

/// <summary>
/// What the dashboard hub sends to its clients: the method names and payloads are the public contract. Each
/// broadcast is one DashboardChanged followed by the FigureSaved of the latest figures it includes.
/// </summary>
public interface IDashboardClient
{
    /// <summary>The whole dashboard of a plan year, the same JSON as GET /api/plans/{year}/dashboard.</summary>
    Task DashboardChanged(DashboardDto dashboard);

    /// <summary>One committed figure, for tickers; during a burst only the latest few are sent.</summary>
    Task FigureSaved(FigureSavedDto figure);
}
