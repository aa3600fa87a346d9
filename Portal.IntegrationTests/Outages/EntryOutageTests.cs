using AngleSharp.Dom;
using Bunit;
using Portal.Data;
using Portal.Entry;
using Portal.Tests.Support;
using Portal.Tests.Support.Entry;

namespace Portal.IntegrationTests.Outages;

/// <summary>The entry grid when PostgreSQL is stopped while someone saves, on a cluster of the test's own (ADR 019).</summary>
public sealed class EntryOutageTests : EntryTestContext
{
    private const string ReaderServices = "reader-services", Loans = "circulation.loans";
    private readonly PostgresCluster _cluster;

    public EntryOutageTests() : this(OwnCluster())
    {
    }

    private EntryOutageTests((PostgresCluster Cluster, TestDatabase Database) own) : base(database: own.Database) => _cluster = own.Cluster;

    private static (PostgresCluster, TestDatabase) OwnCluster()
    {
        var cluster = new PostgresCluster();
        return (cluster, TestDatabase.On(cluster));
    }

    [Theory, OnPostgres]
    public async Task Save_WhileTheDatabaseIsDown_SaysSoInline_KeepsWhatWasTyped_AndSavesOnceItIsBack(DatabaseProvider db)
    {
        Assert.Equal(DatabaseProvider.Postgres, db);
        var before = await StoredAsync(Loans, ReaderServices, 10);
        var typed = EntryNumber.Format(before.Value + 12, false);
        var cut = Render<EntryHarness>(p => p.Add(h => h.Division, ReaderServices).Add(h => h.Month, 10));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("tr[data-row-kpi]")));
        await cut.InputAsync($"input[data-kpi='{Loans}']", typed);

        _cluster.Stop();
        await cut.ClickAsync(SaveSelector);

        cut.WaitForAssertion(() => Assert.Contains("暂时无法连接数据库", Status(cut)));
        Assert.Contains($"{DatabaseOutage.RetryAfterSeconds} 秒后再点一次保存", Status(cut));
        Assert.Equal(typed, Input(cut).GetAttribute("value"));

        _cluster.Start();
        await cut.ClickAsync(SaveSelector);

        cut.WaitForAssertion(() => Assert.Contains("已保存 1 项", Status(cut)));
        var after = await StoredAsync(Loans, ReaderServices, 10);
        Assert.Equal((before.Value + 12, before.Version + 1), (after.Value, after.Version));
    }

    private static IElement Input(IRenderedComponent<EntryHarness> cut) => cut.Find($"input[data-kpi='{Loans}']");

    protected override void OnDatabaseDisposed() => _cluster.Dispose();
}
