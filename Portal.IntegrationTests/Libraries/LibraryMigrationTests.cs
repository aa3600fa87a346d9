using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// A database from before libraries (ADR 039) keeps every row of every table through the migration, column by
/// column, and each row of a library table lands in the default library. The old database is made by migrating an
/// empty one to the migration before "Libraries" and filling every table it has, whatever its columns.
/// </summary>
public sealed class LibraryMigrationTests
{
    private const int RowsPerTable = 3;

    [Theory, OnSqlite, OnPostgres]
    public async Task EveryRowOfEveryTable_SurvivesTheMigration_InTheDefaultLibrary(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        (provider == DatabaseProvider.Postgres
            ? options.UseNpgsql(database.ConnectionString)
            : options.UseSqlite(database.ConnectionString)).UseProviderMigrations();
        await using var db = new PortalDbContext(options.Options);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_Libraries", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var tables = await TablesAsync(connection, provider);
        Assert.True(tables.Count >= 20, $"only {tables.Count} tables before the migration");
        // Accounts and roles first: the other tables' UserId, RoleId and OwnerId refer to them.
        foreach (var table in tables.OrderBy(t => t is "AspNetUsers" or "AspNetRoles" ? 0 : 1)) await FillAsync(connection, table);
        var (old, columns) = (new Dictionary<string, List<string>>(), new Dictionary<string, List<DbColumn>>());
        foreach (var table in tables) old[table] = await RowsAsync(connection, table, columns[table] = await ColumnsAsync(connection, table));
        await db.Database.CloseConnectionAsync();

        await db.Database.MigrateAsync();

        await db.Database.OpenConnectionAsync();
        var owned = LibraryRows.OwnedTables(db.Model).ToHashSet();
        foreach (var table in tables)
        {
            Assert.Equal(old[table], await RowsAsync(connection, table, columns[table])); // the old columns, in their old order
            if (owned.Contains(table))
                Assert.Equal([Library.DefaultId.ToString(CultureInfo.InvariantCulture)], await DistinctAsync(connection, table, "LibraryId"));
        }
        Assert.Equal(1, await db.Libraries.CountAsync(l => l.Id == Library.DefaultId && l.Code == Portal.Data.Migrations.DefaultLibrary.Code && l.ParentId == null));
        Assert.Equal(RowsPerTable, await db.Figures.CountAsync()); // and EF reads them back as the default library's
    }

    private static async Task<List<string>> TablesAsync(DbConnection connection, DatabaseProvider provider)
    {
        var sql = provider == DatabaseProvider.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new List<string>();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables.Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<DbColumn>> ColumnsAsync(DbConnection connection, string table)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""SELECT * FROM "{table}" WHERE 1 = 0""";
        await using var reader = await cmd.ExecuteReaderAsync();
        return [.. await reader.GetColumnSchemaAsync()];
    }

    /// <summary>Rows of made-up values that fit any column: numbers, short unique texts, times, flags.</summary>
    private static async Task FillAsync(DbConnection connection, string table)
    {
        var columns = await ColumnsAsync(connection, table);
        for (var i = 1; i <= RowsPerTable; i++)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"""INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c.ColumnName}\""))}) VALUES ({string.Join(", ", columns.Select((_, n) => $"@p{n}"))})""";
            for (var n = 0; n < columns.Count; n++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = $"@p{n}";
                p.Value = Value(columns[n], i);
                cmd.Parameters.Add(p);
            }
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static object Value(DbColumn column, int i) => column.ColumnName switch
    {
        "UserId" or "OwnerId" => $"Id{i}", // AspNetUsers.Id of row i
        "RoleId" => $"Id{i}",
        _ => Type.GetTypeCode(column.DataType) switch
        {
            TypeCode.Int16 => (short)i, TypeCode.Int32 => i, TypeCode.Int64 => (long)(i * 1_000_003),
            TypeCode.Double => i * 1.5, TypeCode.Boolean => i % 2 == 0, TypeCode.String => $"{column.ColumnName[..Math.Min(5, column.ColumnName.Length)]}{i}",
            TypeCode.DateTime => new DateTime(2013, 3, i, 8, 30, 0, DateTimeKind.Utc),
            _ when column.DataType == typeof(DateOnly) => new DateOnly(2013, 3, i),
            _ when column.DataType == typeof(DateTimeOffset) => new DateTimeOffset(2013, 3, i, 8, 30, 0, TimeSpan.Zero),
            _ when column.DataType == typeof(byte[]) => new byte[] { 1, 2, (byte)i },
            _ => throw new InvalidOperationException($"No test value for {column.ColumnName} ({column.DataType})"),
        },
    };

    /// <summary>Every row as text, in one order, for the columns given (the old ones).</summary>
    private static async Task<List<string>> RowsAsync(DbConnection connection, string table, List<DbColumn> columns)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.ColumnName}\""));
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""SELECT {names} FROM "{table}" ORDER BY {names}""";
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(n => reader.IsDBNull(n) ? "NULL"
                : reader.GetValue(n) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(n), CultureInfo.InvariantCulture))));
        Assert.Equal(RowsPerTable, rows.Count);
        return rows;
    }

    private static async Task<List<string>> DistinctAsync(DbConnection connection, string table, string column)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""SELECT DISTINCT "{column}" FROM "{table}" """;
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        return values;
    }
}
