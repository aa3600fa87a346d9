using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Support;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Figures;

/// <summary>
/// On PostgreSQL the "Figures" table leaves half of each page free (migration FiguresFillFactor, ADR 020), so that a
/// changed figure is a HOT update (no new index entries): what makes changed-row imports fast.
/// </summary>
public sealed class FigureStorageTests
{
    private static readonly string[] Kpis = ["readers.new-cards", "circulation.loans", "circulation.visits", "readers.total-cards"];

    [Theory, OnPostgres]
    public async Task Figures_OnPostgres_HaveFillfactor50_SoEveryChangedFigureIsAHotUpdate(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        // 48 cells of 读者服务部 (4 KPIs × 12 months), more than fit one page at fillfactor 100.
        var csv = "kpi,division,month,value\n" + string.Concat(Kpis.SelectMany(k => Enumerable.Range(1, 12).Select(m => $"{k},reader-services,{m},{1_000 + m}\n")));
        Assert.Equal(HttpStatusCode.OK, (await api.ImportAsync(Encoding.UTF8.GetBytes(csv))).StatusCode);
        await using var scope = api.Factory.Scope();
        var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var options = await context.Database.SqlQueryRaw<string>(
            """SELECT array_to_string(reloptions, ',') AS "Value" FROM pg_class WHERE relname = 'Figures'""").SingleAsync();
        Assert.Equal("fillfactor=50", options);

        // The same change as an import's UPDATE (value, version, who and when; no indexed column), rolled back. This
        // transaction's own counters say how many row versions went in without index entries.
        await using var transaction = await context.Database.BeginTransactionAsync();
        var changed = await context.Database.ExecuteSqlRawAsync(
            """UPDATE "Figures" SET "Value" = "Value" + 1, "Version" = "Version" + 1, "UpdatedBy" = 'hot' WHERE "Year" = 2013""");
        var counts = await context.Database.SqlQueryRaw<string>(
            """SELECT n_tup_upd || '/' || n_tup_hot_upd AS "Value" FROM pg_stat_xact_user_tables WHERE relname = 'Figures'""").SingleAsync();
        await transaction.RollbackAsync();
        Assert.Equal(48, changed);
        Assert.Equal("48/48", counts);
    }
}
