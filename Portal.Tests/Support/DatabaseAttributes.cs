using System.Reflection;
using Portal.Data;
using Xunit.Sdk;

namespace Portal.Tests.Support;

/// <summary>
/// The database axis of a test that must hold on both providers (ADR 017): <c>[Theory, OnSqlite, OnPostgres]</c> on a
/// method taking a <see cref="DatabaseProvider"/> runs it once on each, against a real database.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}

/// <summary>
/// The PostgreSQL run of a test (see <see cref="OnSqliteAttribute"/>). Skipped where PostgreSQL is not installed,
/// unless PORTAL_REQUIRE_POSTGRES=1 (CI), where it runs and fails loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (PostgresServer.BinDirectory is null && !PostgresServer.Required)
            Skip = "PostgreSQL is not installed (apt-get install postgresql); set PORTAL_REQUIRE_POSTGRES=1 to fail instead.";
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}
