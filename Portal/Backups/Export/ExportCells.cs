using System.Globalization;
using Portal.Domain.Localization;
using Portal.Shared;

namespace Portal.Backups.Export;

/// <summary>
/// How a value of the export's CSV files is written and read back exactly: numbers in the invariant culture (a
/// double round-trips), instants as ISO 8601 in UTC, days as yyyy-MM-dd, enums by name, text formula-safe (ADR 011a).
/// </summary>
public static class ExportCells
{
    public static void Write(SafeCsvWriter csv, object? value)
    {
        switch (value)
        {
            case null: csv.Text(null); break;
            case int i: csv.Number(i); break;
            case double d: csv.Number(d, "R"); break;
            case DateTimeOffset at: csv.Text(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)); break;
            case DateOnly day: csv.Text(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case bool b: csv.Text(b ? "true" : "false"); break;
            case Enum e: csv.Text(e.ToString()); break;
            case string s: csv.Text(s); break;
            default: throw new ArgumentException($"No CSV form for {value.GetType()}.", nameof(value));
        }
    }
}

/// <summary>One row of an export CSV file, by column name; a missing or malformed cell names the file, line and column.</summary>
public sealed class ExportRow(string file, int line, IReadOnlyDictionary<string, string> cells)
{
    public string? Text(string column) => Cell(column) is { Length: > 0 } cell ? CsvFormula.Restore(cell) : null;

    /// <summary>A column later versions added: an older export without it reads as empty.</summary>
    public string? Added(string column) => cells.ContainsKey(column) ? Text(column) : null;

    public string Required(string column) => Text(column) ?? throw Bad(column, BackupMessages.Text["Cell.Empty"]);

    public int Int(string column) => int.TryParse(Required(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(column, BackupMessages.Text["Cell.NotInt"]);

    public int? IntOrNull(string column) => Text(column) is null ? null : Int(column);

    public double? Double(string column) => Text(column) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(column, BackupMessages.Text["Cell.NotNumber"]);

    public DateTimeOffset At(string column) => AtOrNull(column) ?? throw Bad(column, BackupMessages.Text["Cell.Empty"]);

    public DateTimeOffset? AtOrNull(string column) => Text(column) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var v) ? v.ToUniversalTime() : throw Bad(column, BackupMessages.Text["Cell.NotTime"]);

    public DateOnly Day(string column) => DateOnly.TryParseExact(Required(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v)
        ? v : throw Bad(column, BackupMessages.Text["Cell.NotDate"]);

    public T Enum<T>(string column) where T : struct, Enum => System.Enum.TryParse<T>(Required(column), out var v) && System.Enum.IsDefined(v)
        ? v : throw Bad(column, BackupMessages.Text.Format("Cell.NotEnum", ListText.Join(System.Enum.GetNames<T>())));

    public T? EnumOrNull<T>(string column) where T : struct, Enum => Text(column) is null ? null : Enum<T>(column);

    private string? Cell(string column) => cells.TryGetValue(column, out var cell) ? cell : throw Bad(column, BackupMessages.Text["Cell.Missing"]);

    private BackupFailure Bad(string column, string what) => new(BackupMessages.Text.Format("Cell.Bad", file, line, column, what));
}
