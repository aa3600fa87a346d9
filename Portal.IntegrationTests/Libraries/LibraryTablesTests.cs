using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Data.Migrations.Postgres;

namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// Every table either holds a library's rows, and then has both the query filter and (PostgreSQL) the row-level
/// security policy, or is named here as the deployment's own with the reason (ADR 039). A new table fails here
/// until it is one or the other.
/// </summary>
public sealed class LibraryTablesTests
{
    /// <summary>Tables whose rows belong to no one library, and why.</summary>
    private static readonly Dictionary<string, string> DeploymentTables = new()
    {
        ["Libraries"] = "the tree of libraries itself: every user sees the names",
        ["AspNetRoles"] = "the five role names, the same in every library",
        ["AspNetRoleClaims"] = "unused; belongs to the roles",
        ["AspNetUserClaims"] = "an account's divisions, reached only through its account (AspNetUsers is the library's)",
        ["AspNetUserRoles"] = "an account's roles, reached only through its account",
        ["AspNetUserLogins"] = "unused (no external logins); belongs to an account",
        ["AspNetUserTokens"] = "unused; belongs to an account",
        ["BackupRuns"] = "a backup is of the whole database",
        ["DataProtectionKeys"] = "the cookie keys every instance shares",
    };

    [Fact]
    public void EveryTable_HoldsALibrarysRowsWithTheFilter_OrIsNamedAsTheDeployments()
    {
        using var portal = new PortalFactory();
        using var scope = portal.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model;

        var wrong = new List<string>();
        foreach (var type in model.GetEntityTypes())
        {
            var table = type.GetTableName()!;
            var owned = typeof(ILibraryOwned).IsAssignableFrom(type.ClrType);
            var filtered = type.GetDeclaredQueryFilters().Any(f => f.Key == LibraryRows.FilterName);
            if (owned && !filtered) wrong.Add($"{table}: holds a library's rows but has no \"{LibraryRows.FilterName}\" query filter");
            if (!owned && !DeploymentTables.ContainsKey(table)) wrong.Add($"{table}: neither ILibraryOwned nor named as the deployment's own");
            if (owned && DeploymentTables.ContainsKey(table)) wrong.Add($"{table}: ILibraryOwned but named as the deployment's own");
        }
        Assert.Empty(wrong);
    }

    [Theory, OnPostgres]
    public async Task EveryTableOfLibraryRows_HasForcedRowLevelSecurityAndThePolicy(DatabaseProvider provider)
    {
        await using var portal = new PortalFactory(provider: provider);
        await using var scope = portal.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var secured = await db.Database.SqlQueryRaw<string>($"""
            SELECT c.relname AS "Value" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND c.relforcerowsecurity
                AND EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = '{LibraryPolicies.PolicyName}')
            """).ToListAsync();
        var superuser = await db.Database.SqlQueryRaw<bool>("""SELECT rolsuper OR rolbypassrls AS "Value" FROM pg_roles WHERE rolname = current_user""").SingleAsync();

        Assert.Equal(LibraryRows.OwnedTables(db.Model), secured.Order(StringComparer.Ordinal));
        Assert.False(superuser, "the tests must connect as a role that row-level security applies to");
    }
}
