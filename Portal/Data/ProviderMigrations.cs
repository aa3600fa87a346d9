using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Portal.Data;

#pragma warning disable EF1001 // MigrationsAssembly is EF's internal API; this only narrows what it finds (ADR 017).
/// <summary>
/// Both providers' migrations live in this assembly for the one <see cref="PortalDbContext"/>: SQLite's in
/// Portal.Data.Migrations (where `dotnet ef migrations add NAME --project Portal` keeps putting them) and
/// PostgreSQL's in Portal.Data.Migrations.Postgres. Each provider sees only its own namespace's migrations and
/// model snapshot, so the two histories never mix.
/// </summary>
public sealed class ProviderMigrations(
    ICurrentDbContext currentContext, IDbContextOptions options, IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    public const string SqliteNamespace = "Portal.Data.Migrations";
    public const string PostgresNamespace = SqliteNamespace + ".Postgres";

    private readonly string _namespace = currentContext.Context.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL"
        ? PostgresNamespace : SqliteNamespace;

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations.Where(m => m.Value.Namespace == _namespace).ToDictionary();

    public override ModelSnapshot? ModelSnapshot => Assembly.GetTypes()
        .Where(t => t.Namespace == _namespace && typeof(ModelSnapshot).IsAssignableFrom(t)
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(PortalDbContext))
        .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!).FirstOrDefault();
}
#pragma warning restore EF1001

public static class ProviderMigrationsExtensions
{
    /// <summary>
    /// Every options builder for <see cref="PortalDbContext"/> (the app's, a test's) calls this: each provider's own
    /// migrations (ADR 017), and on PostgreSQL the visible libraries passed to row-level security (ADR 039).
    /// </summary>
    public static DbContextOptionsBuilder UseProviderMigrations(this DbContextOptionsBuilder options) =>
        options.ReplaceService<IMigrationsAssembly, ProviderMigrations>().AddInterceptors(PostgresLibrarySetting.Instance);
}
