using System.IO.Compression;
using System.Security.Claims;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Plans;

namespace Portal.Backups.Export;

/// <summary>
/// `import FILE.zip`: reads a <see cref="LibraryExport"/> into a fresh install (no figures, task progress or closed
/// months yet), in one transaction: the plans replace the seed plan, every other row is added as it was exported.
/// Accounts come without passwords (the export has none): an admin resets each before it can sign in. Every file is
/// read and checked before anything is written; a bad one names the file, line and column (ADR 029).
/// </summary>
public sealed class LibraryImport(PortalDbContext db, UserManager<PortalUser> users)
{
    public async Task ImportAsync(Stream input, string name, CancellationToken ct = default)
    {
        using var zip = Open(input, name);
        if (await db.Figures.AnyAsync(ct) || await db.Audit.AnyAsync(ct) || await db.ItemProgress.AnyAsync(ct) || await db.MonthClosures.AnyAsync(ct))
            throw new BackupFailure(BackupMessages.Text["Import.NotEmpty"] + BackupMessages.Text["NewDatabaseHint"]);
        var plans = Read(zip, ExportTables.Plans);
        foreach (var plan in plans) plan.Json = PlanJson(zip, plan.Year);
        var figures = Read(zip, ExportTables.Figures);
        var audit = Read(zip, ExportTables.Audit);
        var years = plans.Select(p => p.Year).ToHashSet();
        if (figures.Select(f => f.Year).Concat(audit.Select(a => a.Year)).FirstOrDefault(y => !years.Contains(y)) is var orphan and > 0)
            throw new BackupFailure(BackupMessages.Text.Format("Import.Orphan", orphan, LibraryExport.PlansFolder));
        var (tasks, taskAudit, closures, steps) = (Read(zip, ExportTables.Tasks), Read(zip, ExportTables.TaskAudit),
            Read(zip, ExportTables.Closures), Read(zip, ExportTables.Steps));
        var (deadlines, exceptions, history, accounts) = (Read(zip, ExportTables.Deadlines), Read(zip, ExportTables.DeadlineExceptions),
            Read(zip, ExportTables.PlanHistory), Read(zip, ExportUsers.Table));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Plans.RemoveRange(await db.Plans.ToListAsync(ct)); // the seed plan of a fresh install gives way to the library's own
        db.PlanAudit.RemoveRange(await db.PlanAudit.ToListAsync(ct));
        db.ReportingYears.RemoveRange(await db.ReportingYears.ToListAsync(ct));
        db.DeadlineExceptions.RemoveRange(await db.DeadlineExceptions.ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.Plans.AddRange(plans);
        db.PlanAudit.AddRange(history);
        db.Figures.AddRange(figures);
        db.Audit.AddRange(audit);
        db.ItemProgress.AddRange(tasks);
        db.ItemAudit.AddRange(taskAudit);
        db.MonthClosures.AddRange(closures);
        db.AuditEvents.AddRange(steps);
        db.ReportingYears.AddRange(deadlines);
        db.DeadlineExceptions.AddRange(exceptions);
        await db.SaveChangesAsync(ct);
        foreach (var account in accounts) await AddUserAsync(account);
        await tx.CommitAsync(ct);
    }

    private static ZipArchive Open(Stream input, string name)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new BackupFailure(NotAnExport(name), e);
        }
        try
        {
            using var manifest = JsonDocument.Parse(Entry(zip, LibraryExport.Manifest, name) ?? throw new BackupFailure(NotAnExport(name)));
            if (!manifest.RootElement.TryGetProperty("format", out var format) || format.GetString() != LibraryExport.Format)
                throw new BackupFailure(NotAnExport(name));
        }
        catch (JsonException e)
        {
            throw new BackupFailure(NotAnExport(name), e);
        }
        return zip;
    }

    private static string NotAnExport(string name) =>
        BackupMessages.Text.Format("Import.NotAnExport", name, LibraryExport.Manifest);

    private static string? Entry(ZipArchive zip, string path, string name)
    {
        if (zip.GetEntry(path) is not { } entry) return null;
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static string PlanJson(ZipArchive zip, int year)
    {
        var path = $"{LibraryExport.PlansFolder}{year}.json";
        var json = Entry(zip, path, path) ?? throw new BackupFailure(BackupMessages.Text.Format("Import.Missing", path));
        try
        {
            PlanFile.Parse(json);
        }
        catch (DomainException e)
        {
            throw new BackupFailure(BackupMessages.Text.Format("Import.Invalid", path, e.Message), e);
        }
        return json;
    }

    private static List<T> Read<T>(ZipArchive zip, ExportTable<T> table)
    {
        if (zip.GetEntry(table.File) is not { } entry) throw new BackupFailure(BackupMessages.Text.Format("Import.Missing", table.File));
        using var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        using var csv = CsvReader.Create(buffer.ToArray().AsMemory(), new CsvReaderOptions { Separator = ',', TrackLineNumbers = true });
        csv.ReadHeader();
        var columns = csv.Headers.ToArray();
        var rows = new List<T>();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length && i < csv.FieldCount; i++) cells[columns[i]] = csv.GetString(i);
            rows.Add(table.Read(new ExportRow(table.File, (int)csv.LineNumber, cells)));
        }
        return rows;
    }

    private async Task AddUserAsync(ExportUser account)
    {
        if (await users.FindByNameAsync(account.UserName) is not null) return; // an account of the fresh install keeps its password
        var user = new PortalUser
        {
            UserName = account.UserName, DisplayName = account.DisplayName, Email = account.Email, MustChangePassword = true, Language = account.Language,
            LockoutEnabled = true, LockoutEnd = account.Locked ? DateTimeOffset.MaxValue : null,
        };
        Check(await users.CreateAsync(user), account);
        var roles = account.Roles.Split(';', StringSplitOptions.RemoveEmptyEntries);
        if (roles.Length > 0) Check(await users.AddToRolesAsync(user, roles), account);
        var divisions = account.Divisions.Split(';', StringSplitOptions.RemoveEmptyEntries);
        if (divisions.Length > 0) Check(await users.AddClaimsAsync(user, divisions.Select(d => new Claim(PortalClaims.Division, d))), account);
    }

    private static void Check(IdentityResult result, ExportUser account)
    {
        if (!result.Succeeded)
            throw new BackupFailure(BackupMessages.Text.Format("Import.Account", account.UserName, string.Join(BackupMessages.Text["Import.ErrorSeparator"], result.Errors.Select(e => e.Description))));
    }
}
