using System.Diagnostics;
using Npgsql;

namespace Portal.Backups;

/// <summary>
/// PostgreSQL's own pg_dump and pg_restore, run against the portal's database: the connection goes in PG*
/// environment variables, never on the command line (a password there is visible to every user of the machine).
/// </summary>
public static class PgTools
{
    /// <summary>The tool's full path: as configured, or found on the PATH; null when it is not there.</summary>
    public static string? Find(string tool)
    {
        if (tool.Contains('/') || tool.Contains('\\')) return File.Exists(tool) ? tool : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
    }

    public static string Require(string tool) => Find(tool) ?? throw new BackupFailure(
        BackupMessages.Text.Format("Pg.NotFound", Path.GetFileName(tool), tool.Contains("restore") ? "PgRestore" : "PgDump"));

    /// <summary>Runs the tool to its end; a non-zero exit is a <see cref="BackupFailure"/> with its stderr.</summary>
    public static async Task<string> RunAsync(string tool, string connectionString, IEnumerable<string> args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Require(tool)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(cs.Host)) start.Environment["PGHOST"] = cs.Host;
        start.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(cs.Database)) start.Environment["PGDATABASE"] = cs.Database;
        if (!string.IsNullOrEmpty(cs.Username)) start.Environment["PGUSER"] = cs.Username;
        if (!string.IsNullOrEmpty(cs.Password)) start.Environment["PGPASSWORD"] = cs.Password;
        // A backup and a restore are the portal's own work on every library: row-level security lets them see all (ADR 039).
        start.Environment["PGOPTIONS"] = $"-c {Portal.Data.PostgresLibrarySetting.Name}=all";
        using var process = Process.Start(start) ?? throw new BackupFailure(BackupMessages.Text.Format("Pg.CannotStart", tool));
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new BackupFailure(BackupMessages.Text.Format("Pg.Failed", Path.GetFileName(tool), process.ExitCode, (await error).Trim()));
        return await output;
    }
}
