using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Backups;
using Portal.Data;
using Portal.Tests.Support;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Backups;

/// <summary>
/// `restore` refuses, with a Chinese message and exit code 1, a file that is not a portal backup, a backup from a
/// newer schema, and a target that is not empty; nothing is written then (ADR 029).
/// </summary>
public sealed class RestoreCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-restore-").FullName;

    [Fact]
    public async Task Restore_NotABackup_NewerSchema_OrNotEmptyTarget_IsRefusedAndWritesNothing()
    {
        using var portal = new PortalFactory(demo: true);
        var backup = await portal.Services.GetRequiredService<DatabaseBackup>().WriteAsync(Path.Combine(_folder, "good.db"));
        var notABackup = Path.Combine(_folder, "notes.db");
        await File.WriteAllTextAsync(notABackup, "这不是备份");
        var newer = Path.Combine(_folder, "newer.db");
        File.Copy(backup.File, newer);
        await using (var connection = new SqliteConnection($"Data Source={newer};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '10.0.15')";
            await insert.ExecuteNonQueryAsync();
        }
        var target = Path.Combine(_folder, "target.db");

        var refusedFile = await RestoreAsync(notABackup, target);
        Assert.Equal(1, refusedFile.Code);
        Assert.Contains("不是门户的备份文件", refusedFile.Error);
        var refusedNewer = await RestoreAsync(newer, target);
        Assert.Equal(1, refusedNewer.Code);
        Assert.Contains("来自更新版本的门户", refusedNewer.Error);
        Assert.Contains("29990101000000_FromTheFuture", refusedNewer.Error);
        Assert.False(File.Exists(target) && new FileInfo(target).Length > 0, "A refused restore wrote the target.");
        var refusedTarget = await RestoreAsync(backup.File, portal.ConnectionString["Data Source=".Length..]);
        Assert.Equal(1, refusedTarget.Code);
        Assert.Contains("不是空的", refusedTarget.Error);

        var restored = await RestoreAsync(backup.File, target);
        Assert.True(restored.Code == 0, restored.Error);
        Assert.Contains("计划年度 2013、2014，填报数据 408 条，数据修改记录 408 条", restored.Output);
    }

    [Fact]
    public async Task Backup_OnPostgresWithoutPgDump_SaysSoAndThatTheDatabasesOwnBackupsAreTheAdministratorsJob()
    {
        if (!PostgresServer.Runs) return;
        using var portal = new PortalFactory(provider: DatabaseProvider.Postgres,
            settings: new Dictionary<string, string?> { ["Portal:Backup:PgDump"] = "/nonexistent/pg_dump" });
        var failure = await Assert.ThrowsAsync<BackupFailure>(() =>
            portal.Services.GetRequiredService<DatabaseBackup>().WriteAsync(Path.Combine(_folder, "pg.dump")));
        Assert.Contains("未找到 PostgreSQL 的 pg_dump", failure.Message);
        Assert.Contains("由数据库管理员用数据库自身的备份", failure.Message);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    private static Task<(int Code, string Output, string Error)> RestoreAsync(string file, string target) =>
        PortalCommand.RunAsync(["restore", file, "--ConnectionStrings:Portal", $"Data Source={target}"]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
