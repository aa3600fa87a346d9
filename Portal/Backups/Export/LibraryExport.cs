using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Plans;
using Portal.Shared;

namespace Portal.Backups.Export;

/// <summary>
/// All of a library's data in one .zip (ADR 029): every plan year as a plan file (the format of GET
/// /api/plans/{year}/plan.json), figures, audit, task progress, closures, reporting steps, deadlines, plan history
/// and accounts as CSV (UTF-8 with BOM, formula-safe), a manifest and a README in Chinese. `import` reads it back.
/// </summary>
public sealed class LibraryExport(PortalDbContext db, TimeProvider clock)
{
    public const string Format = "workplanportal-export";
    public const string Manifest = "manifest.json";
    public const string Readme = "README.txt";
    public const string PlansFolder = "plans/";

    /// <summary>Writes the zip; the stream must accept synchronous writes (a file, not a response body).</summary>
    public async Task WriteAsync(Stream output, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await TextAsync(zip, Manifest, JsonSerializer.Serialize(new
        {
            format = Format, formatVersion = 1, exportedAt = now,
            schema = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault(),
        }, new JsonSerializerOptions { WriteIndented = true }));
        await TextAsync(zip, Readme, ExportReadme.Text(now));
        var plans = await db.Plans.AsNoTracking().OrderBy(p => p.Year).ToListAsync(ct);
        foreach (var plan in plans) await TextAsync(zip, $"{PlansFolder}{plan.Year}.json", PlanFile.Serialize(PlanFile.Parse(plan.Json)));
        await TableAsync(zip, ExportTables.Plans, plans, ct);
        await TableAsync(zip, ExportTables.PlanHistory, await db.PlanAudit.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct), ct);
        await TableAsync(zip, ExportTables.Figures, await db.Figures.AsNoTracking()
            .OrderBy(f => f.Year).ThenBy(f => f.Kpi).ThenBy(f => f.Division).ThenBy(f => f.Month).ToListAsync(ct), ct);
        await TableAsync(zip, ExportTables.Audit, await db.Audit.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct), ct);
        await TableAsync(zip, ExportTables.Tasks, await db.ItemProgress.AsNoTracking().OrderBy(i => i.Year).ThenBy(i => i.Id).ToListAsync(ct), ct);
        await TableAsync(zip, ExportTables.TaskAudit, await db.ItemAudit.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct), ct);
        await TableAsync(zip, ExportTables.Closures, await db.MonthClosures.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct), ct);
        await TableAsync(zip, ExportTables.Steps, await db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct), ct);
        await TableAsync(zip, ExportTables.Deadlines, await db.ReportingYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(ct), ct);
        await TableAsync(zip, ExportTables.DeadlineExceptions, await db.DeadlineExceptions.AsNoTracking()
            .OrderBy(e => e.Year).ThenBy(e => e.Month).ToListAsync(ct), ct);
        await TableAsync(zip, ExportUsers.Table, await ExportUsers.ReadAsync(db, now, ct), ct);
    }

    /// <summary>JSON without a byte-order mark (RFC 8259); the README with one, for Notepad on Chinese Windows.</summary>
    private static async Task TextAsync(ZipArchive zip, string name, string text)
    {
        await using var stream = zip.CreateEntry(name).Open();
        if (name.EndsWith(".txt", StringComparison.Ordinal)) await stream.WriteAsync(Encoding.UTF8.GetPreamble());
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text));
    }

    private static async Task TableAsync<T>(ZipArchive zip, ExportTable<T> table, IEnumerable<T> rows, CancellationToken ct)
    {
        await using var stream = zip.CreateEntry(table.File).Open();
        await using var csv = SafeCsvWriter.Create(stream).Header(table.Columns);
        foreach (var row in rows)
        {
            foreach (var cell in table.Cells(row)) ExportCells.Write(csv, cell);
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
