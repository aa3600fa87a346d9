using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Data.Migrations.Postgres;

/// <summary>
/// PostgreSQL's row-level security for a table of library rows (ADR 039): a row is read and written only when its
/// library is in the connection's <c>portal.libraries</c> setting (<see cref="PostgresLibrarySetting"/>), "all" for
/// the portal's own work. FORCE: the portal's role owns the tables, and an owner is otherwise exempt. A migration
/// that adds such a table calls <see cref="Protect"/> for it; LibraryIsolationTests fails on one that does not.
/// </summary>
public static class LibraryPolicies
{
    public const string PolicyName = "library_rows";

    /// <summary>Once: the check every policy calls. CASE keeps "all" from ever being cast to an integer.</summary>
    public static void CreateCheck(MigrationBuilder migration) => migration.Sql($"""
        CREATE OR REPLACE FUNCTION portal_sees(library integer) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT CASE coalesce(current_setting('{PostgresLibrarySetting.Name}', true), '')
                WHEN 'all' THEN true
                WHEN '' THEN false
                ELSE library = ANY (string_to_array(current_setting('{PostgresLibrarySetting.Name}', true), ',')::integer[])
            END $$
        """);

    public static void Protect(MigrationBuilder migration, params string[] tables)
    {
        foreach (var table in tables)
        {
            migration.Sql($"""
                ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
                CREATE POLICY {PolicyName} ON "{table}" USING (portal_sees("LibraryId")) WITH CHECK (portal_sees("LibraryId"));
                """);
        }
    }

    public static void DropCheck(MigrationBuilder migration) => migration.Sql("DROP FUNCTION IF EXISTS portal_sees(integer)");

    public static void Unprotect(MigrationBuilder migration, params string[] tables)
    {
        foreach (var table in tables)
            migration.Sql($"""
                DROP POLICY IF EXISTS {PolicyName} ON "{table}";
                ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY;
                """);
    }
}
