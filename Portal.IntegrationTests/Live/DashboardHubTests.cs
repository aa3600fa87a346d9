using Portal.Data;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Portal.Api;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Live;

public sealed class DashboardHubTests
{
    private const string Repairs = "ancient-books.repaired-pages";
    private const string AncientBooks = "ancient-books";

    [Theory, OnSqlite, OnPostgres]
    public async Task Subscribe_KnownYear_SendsTheCurrentDashboardAtOnce(DatabaseProvider db)
    {
        await using var portal = new PortalFactory(demo: true, provider: db);
        await using var client = await HubListener.ConnectAsync(portal);

        await client.SubscribeAsync(2013);

        var dashboard = await client.DashboardAsync(_ => true);
        var expected = portal.Plan2013.Current;
        Assert.Equal(2013, dashboard.Year);
        Assert.Equal(12, dashboard.AsOf); // the demo has all of 2013
        Assert.Equal(expected.Kpi(Repairs).Actual, dashboard.Kpis.Single(k => k.Code == Repairs).Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Save_AfterSubscribe_SendsDashboardChangedWithTheNewActual(DatabaseProvider db)
    {
        await using var portal = new PortalFactory(provider: db);
        await using var client = await HubListener.ConnectAsync(portal);
        await client.SubscribeAsync(2013);
        using var staff = await portal.CreateClientAsAsync(Portal.Accounts.PortalRoles.Staff, AncientBooks);

        var put = await staff.PutAsJsonAsync($"/api/plans/2013/figures/{Repairs}/{AncientBooks}/10", new { value = 820 });

        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var dashboard = await client.DashboardAsync(d => Kpi(d, Repairs).Actual == 820);
        var repairs = Kpi(dashboard, Repairs);
        Assert.Equal(10, dashboard.AsOf);
        Assert.Equal(820.0 / 9000, repairs.Completion, 12);
        Assert.Equal(820, repairs.Divisions.Single(d => d.Code == AncientBooks).Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Save_OverAnEarlierFigure_SendsFigureSavedWithValuePreviousAuthorAndTime(DatabaseProvider db)
    {
        await using var portal = new PortalFactory(provider: db);
        await using var client = await HubListener.ConnectAsync(portal);
        await client.SubscribeAsync(2013);
        await portal.SaveAsync(Repairs, AncientBooks, 10, 820);
        var before = DateTimeOffset.UtcNow;

        await portal.SaveAsync(Repairs, AncientBooks, 10, 860);

        var saved = await client.FigureAsync(f => f.Value == 860);
        Assert.Equal(new FigureSavedDto(2013, Repairs, AncientBooks, 10, 860, 820, Saves.By, saved.At), saved);
        Assert.InRange(saved.At, before.AddSeconds(-1), DateTimeOffset.UtcNow);
        await client.DashboardAsync(d => Kpi(d, Repairs).Actual == 860);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Subscribe_UnknownYear_FailsWithAChineseMessageNamingTheYearsThatExist(DatabaseProvider db)
    {
        await using var portal = new PortalFactory(provider: db);
        await using var client = await HubListener.ConnectAsync(portal);

        var error = await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync(1999));

        Assert.Contains("无法订阅 1999 年：门户中没有这一年的工作计划。可以订阅的年份：2013。", error.Message);
        Assert.Empty(client.RawDashboards);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Unsubscribe_ThenSave_SendsNothingMoreToThatClient(DatabaseProvider db)
    {
        await using var portal = new PortalFactory(provider: db);
        await using var leaving = await HubListener.ConnectAsync(portal);
        await using var staying = await HubListener.ConnectAsync(portal);
        await leaving.SubscribeAsync(2013);
        await staying.SubscribeAsync(2013);
        await leaving.UnsubscribeAsync(2013);

        await portal.SaveAsync(Repairs, AncientBooks, 10, 820);

        // The client that stayed got the broadcast; a round trip on the other connection then flushes anything
        // that was sent to it before, since a connection delivers in order.
        await staying.DashboardAsync(d => Kpi(d, Repairs).Actual == 820);
        await leaving.UnsubscribeAsync(2013);
        Assert.Single(leaving.RawDashboards);
        Assert.Empty(leaving.Figures);
    }

    private static KpiDto Kpi(DashboardDto d, string code) => d.Kpis.Single(k => k.Code == code);
}
