using System.Data.Common;

namespace Portal.Figures.Bulk;

/// <summary>The stored value and note of every figure of a year, read in one query inside the import's transaction.</summary>
internal static class FigureRows
{
    public static async Task<Dictionary<(string Kpi, string Division, int Month), (double Value, string? Note)>> LoadAsync(
        DbConnection connection, DbTransaction tx, int year, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """SELECT "Kpi", "Division", "Month", "Value", "Note" FROM "Figures" WHERE "Year" = @year""";
        cmd.Parameters.Add(PreparedStatement.Parameter(cmd, "@year", year));
        var rows = new Dictionary<(string, string, int), (double, string?)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows[(reader.GetString(0), reader.GetString(1), reader.GetInt32(2))] = (reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetString(4));
        return rows;
    }
}
