using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Configuration;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Localization;
using Portal.Hosting;

namespace Portal.Backups;

/// <summary>Runs a <see cref="BackupCommand"/> and prints its result; exit code 1 with a Chinese message when it fails (ADR 023).</summary>
public static class BackupCommands
{
    /// <param name="initialize">Start-up's migrations and loading, from the composition root (the commands do not depend on it).</param>
    public static async Task<int> RunAsync(WebApplication app, BackupCommand command, Func<Task> initialize)
    {
        try
        {
            switch (command.Verb)
            {
                case "backup": await BackupAsync(app, command.File); break;
                case "restore": await RestoreAsync(app, command.File!, initialize); break;
                case "export": await ExportAsync(app, command.File, initialize); break;
                default: await ImportAsync(app, command.File!, initialize); break;
            }
            return 0;
        }
        catch (BackupFailure e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static async Task BackupAsync(WebApplication app, string? file)
    {
        var services = app.Services;
        var backup = services.GetRequiredService<DatabaseBackup>();
        var clock = services.GetRequiredService<TimeProvider>();
        var started = clock.GetUtcNow();
        file ??= $"portal-backup-{Domain.Reporting.ChinaTime.Of(started):yyyyMMdd-HHmmss}{await backup.ExtensionAsync()}";
        var result = await backup.WriteAsync(file);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.BackupRuns.Add(new BackupRun
            {
                StartedAt = started, FinishedAt = clock.GetUtcNow(), File = result.File, Size = result.Size,
                Instance = services.GetRequiredService<IOptions<PortalOptions>>().Value.InstanceNameOrMachine(),
            });
            await db.SaveChangesAsync();
        }
        Console.WriteLine(BackupMessages.Text.Format("Cli.BackedUp", result.File, Size(result.Size)));
    }

    private static async Task RestoreAsync(WebApplication app, string file, Func<Task> initialize)
    {
        await app.Services.GetRequiredService<DatabaseRestore>().RestoreAsync(file);
        await initialize(); // the migrations, then the plans loaded as at start-up
        Console.WriteLine(BackupMessages.Text.Format("Cli.Restored", file, await SummaryAsync(app)));
    }

    private static async Task ExportAsync(WebApplication app, string? file, Func<Task> initialize)
    {
        await initialize();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        file ??= $"portal-export-{Domain.Reporting.ChinaTime.Now(clock):yyyyMMdd-HHmmss}.zip";
        if (File.Exists(file)) throw new BackupFailure(BackupMessages.Text.Format("Cli.ExportExists", Path.GetFullPath(file)));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var stream = File.Create(file);
            await scope.ServiceProvider.GetRequiredService<Export.LibraryExport>().WriteAsync(stream);
        }
        Console.WriteLine(BackupMessages.Text.Format("Cli.Exported", Path.GetFullPath(file), Size(new FileInfo(file).Length), await SummaryAsync(app)));
    }

    private static async Task ImportAsync(WebApplication app, string file, Func<Task> initialize)
    {
        if (!File.Exists(file)) throw new BackupFailure(BackupMessages.Text.Format("Cli.NoExport", file));
        await initialize();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var stream = File.OpenRead(file);
            await scope.ServiceProvider.GetRequiredService<Export.LibraryImport>().ImportAsync(stream, file);
        }
        Console.WriteLine(BackupMessages.Text.Format("Cli.Imported", file, await SummaryAsync(app)));
    }

    /// <summary>What the database holds: plan years, figures, audit rows and users.</summary>
    public static async Task<string> SummaryAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var years = await db.Plans.AsNoTracking().OrderBy(p => p.Year).Select(p => p.Year).ToListAsync();
        var n = (long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        return BackupMessages.Text.Format("Cli.Summary", years.Count == 0 ? BackupMessages.Text["Cli.NoYears"] : ListText.Join(years.Select(y => y.ToString(CultureInfo.InvariantCulture))),
            n(await db.Figures.LongCountAsync()), n(await db.Audit.LongCountAsync()), n(await db.ItemProgress.LongCountAsync()), n(await db.Users.LongCountAsync()));
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };
}
