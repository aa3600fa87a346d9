using System.Reflection;
using Portal.Data;
using Xunit.Sdk;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// The database axis of a test that must hold on both providers (ADR 017): <c>[Theory, OnSqlite, OnPostgres]</c> on a
/// method taking a <see cref="DatabaseProvider"/> runs it once on each, against a real database. Given arguments, as
/// <c>[OnSqlite("a", 1), OnPostgres("a", 1)]</c> in place of <c>[InlineData("a", 1)]</c>, the provider comes after them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OnSqliteAttribute(params object?[] arguments) : DataAttribute
{
    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [[.. arguments, DatabaseProvider.Sqlite]];
}

/// <summary>
/// The PostgreSQL run of a test (see <see cref="OnSqliteAttribute"/>). Skipped where PostgreSQL is not installed,
/// unless PORTAL_REQUIRE_POSTGRES=1 (CI), where it runs and fails loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OnPostgresAttribute : DataAttribute
{
    private readonly object?[] _arguments;

    public OnPostgresAttribute(params object?[] arguments)
    {
        _arguments = arguments;
        if (!PostgresServer.Runs)
            Skip = "PostgreSQL is not installed (apt-get install postgresql); set PORTAL_REQUIRE_POSTGRES=1 to fail instead.";
    }

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [[.. _arguments, DatabaseProvider.Postgres]];
}
