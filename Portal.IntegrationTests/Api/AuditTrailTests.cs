using Portal.Tests.Support;
using Portal.Data;
using System.Net;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Api;

public sealed class AuditTrailTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Audit_MatchesTheWritesOneToOne_NewestFirst(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var created = await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450, "初报", 0);
        var updated = await api.SaveAsync("circulation.loans", "reader-services", 3, 99_120, "核对后更正", created.Version);
        await api.SaveAsync("circulation.loans", "reader-services", 3, 99_120, "核对后更正", updated.Version); // unchanged: no record
        await api.PutAsync("circulation.loans", "reader-services", 3, new { value = 1, version = created.Version }); // 409: no record
        await api.Client.DeleteAsync(ApiHost.Cell("circulation.loans", "reader-services", 3) + $"?version={updated.Version}");
        await api.ImportAsync(CsvFiles.Utf8(CsvFiles.Header, "circulation.loans,branches,3,24300,分馆"));

        var audit = await api.AuditAsync();

        Assert.Equal(
            [
                ("branches", "Create", (double?)null, (double?)24_300, "分馆"),
                ("reader-services", "Delete", 99_120, null, null),
                ("reader-services", "Update", 98_450, 99_120, "核对后更正"),
                ("reader-services", "Create", null, 98_450, "初报"),
            ],
            audit.Select(a => (a.Division, a.Action, a.OldValue, a.NewValue, a.Note)));
        Assert.All(audit, a => Assert.Equal(ApiHost.Feed, a.By));
        Assert.Equal(audit.Select(a => a.At).OrderDescending(), audit.Select(a => a.At));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Audit_Filters_ByKpiAndDivision(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450);
        await api.SaveAsync("circulation.loans", "branches", 3, 24_300);
        await api.SaveAsync("circulation.visits", "reader-services", 3, 152_300);

        Assert.Equal(2, (await api.AuditAsync("?kpi=circulation.loans")).Count);
        Assert.Equal(24_300, Assert.Single(await api.AuditAsync("?kpi=circulation.loans&division=branches")).NewValue);
    }

    [Theory]
    [InlineData("/api/plans/2013/audit?kpi=loans", 400)]
    [InlineData("/api/plans/2013/audit?division=branch", 400)]
    [InlineData("/api/plans/2014/audit", 404)]
    public async Task Audit_BadFilterOrYear_ReturnsProblem(string url, int status)
    {
        await using var api = new ApiHost();

        var response = await api.Client.GetAsync(url);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        await ApiHost.ProblemAsync(response, status);
    }
}
