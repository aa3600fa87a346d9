using Microsoft.AspNetCore.Authorization;
using Portal.Accounts;
using Portal.Backups.Export;
using Portal.Domain.Reporting;

namespace Portal.Backups;

public static class BackupEndpoints
{
    public const string ExportRoute = "/admin/export.zip";

    /// <summary>
    /// GET /admin/export.zip (Admin): the library's export (ADR 029), written to a temporary file first (a zip is
    /// written synchronously, which a response body refuses), deleted when the download ends.
    /// </summary>
    public static IEndpointRouteBuilder MapBackupEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportRoute, async (LibraryExport export, TimeProvider clock, CancellationToken ct) =>
        {
            var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            await export.WriteAsync(file, ct);
            file.Position = 0;
            return Results.File(file, "application/zip", BackupMessages.Text.Format("Download.FileName", ChinaTime.Now(clock)));
        }).RequireAuthorization(new AuthorizeAttribute { Roles = PortalRoles.Admin });
        return app;
    }
}
