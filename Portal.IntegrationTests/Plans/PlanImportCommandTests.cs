using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Plans;
using Portal.PlanImport;
using Portal.Tests.Support;
using Portal.IntegrationTests.Support;
using Portal.Tests.Support.Plans;

namespace Portal.IntegrationTests.Plans;

/// <summary>`dotnet run --project Portal -- plan import FILE.json`: the built portal, no web server, a database of its own.</summary>
public sealed class PlanImportCommandTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"portal-import-{Guid.NewGuid():N}.db");
    private readonly string _dir = Directory.CreateTempSubdirectory("plan-import-").FullName;

    [Fact]
    public void Parse_ReplaceWithoutReason_IsRefused()
    {
        var (_, command, error) = PlanImportCommand.Parse(["plan", "import", "plan.json", "--replace"]);

        Assert.Null(command);
        Assert.Contains("--reason", error);
    }

    [Fact]
    public void Parse_Import_LeavesHostOptions()
    {
        var (rest, command, error) = PlanImportCommand.Parse(["plan", "import", "p.json", "--ConnectionStrings:Portal", "Data Source=x.db"]);

        Assert.Null(error);
        Assert.Equal(new PlanImportCommand("p.json", false, null), command);
        Assert.Equal(["--ConnectionStrings:Portal", "Data Source=x.db"], rest);
    }

    [Fact]
    public async Task Import_GoodFile_PublishesTheYear()
    {
        var (code, output, _) = await RunAsync("plan", "import", File("plan-2014.json", PlanJsons.Seed2014));

        Assert.Equal(0, code);
        Assert.Contains("已导入 2014 年计划", output);
        await using var db = Context();
        var doc = await db.Plans.SingleAsync(p => p.Year == 2014);
        Assert.Equal(24, PlanFile.Parse(doc.Json).Kpis.Count);
        Assert.Equal("publish", (await db.PlanAudit.SingleAsync(a => a.Year == 2014)).Action);
    }

    [Fact]
    public async Task Import_BadFile_NamesTheFieldAndWritesNothing()
    {
        var bad = PlanJsons.Seed2014.Replace("\"lead\": \"accessibility\"", "\"lead\": \"blind-services\"");

        var (code, _, error) = await RunAsync("plan", "import", File("bad.json", bad));

        Assert.Equal(1, code);
        Assert.Contains("未知的部门代码“blind-services”", error);
        await using var db = Context();
        Assert.False(await db.Plans.AnyAsync(p => p.Year == 2014));
    }

    [Fact]
    public async Task Import_ExistingYear_IsRefused_ButReplacesWithAReason()
    {
        var changed = PlanJsons.Seed2013.Replace("\"target\": 1800,", "\"target\": 1900,");
        var file = File("plan-2013.json", changed);

        var (refused, _, error) = await RunAsync("plan", "import", file);
        var (replaced, output, _) = await RunAsync("plan", "import", file, "--replace", "--reason", "省厅批复调整地方文献目标");

        Assert.Equal(1, refused);
        Assert.Contains("2013 年的工作计划已经发布", error);
        Assert.Contains("--replace", error);
        Assert.Equal(0, replaced);
        Assert.Contains("第 2 版", output);
        await using var db = Context();
        Assert.Equal(1900, PlanFile.Parse((await db.Plans.SingleAsync(p => p.Year == 2013)).Json).Kpi("local-docs.acquired").Target.Value);
        var audit = await db.PlanAudit.SingleAsync(a => a.Year == 2013);
        Assert.Equal(("replace", "省厅批复调整地方文献目标", 2), (audit.Action, audit.Reason, audit.Version));
    }

    [Fact]
    public async Task Import_MissingFile_SaysSo()
    {
        var (code, _, error) = await RunAsync("plan", "import", Path.Combine(_dir, "none.json"));

        Assert.Equal(1, code);
        Assert.Contains("无法读取计划文件", error);
    }

    private string File(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    private PortalDbContext Context() => new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={_db}").Options);

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        PortalCommand.RunAsync(args.Concat(["--ConnectionStrings:Portal", $"Data Source={_db}"]));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) System.IO.File.Delete(_db + suffix);
        Directory.Delete(_dir, recursive: true);
    }
}
