using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Data.Migrations.Postgres;

/// <summary>
/// PostgreSQL's row-level security for a table of library rows (ADR 039, 040): a row is read and written only when its
/// library is in the connection's <c>portal.libraries</c> setting (<see cref="PostgresLibrarySetting"/>), "all" for
/// the portal's own work; unset or "" sees nothing. FORCE: the portal's role owns the tables, and an owner is
/// otherwise exempt. A migration that adds such a table calls <see cref="Protect"/> for it; LibraryTablesTests fails
/// on one that does not.
/// </summary>
public static class LibraryPolicies
{
    public const string PolicyName = "library_rows";

    /// <summary>
    /// The policy's check. Each function sits in a scalar subquery, which PostgreSQL runs once per statement (an
    /// InitPlan), so the setting is parsed once and not for every row (ADR 040).
    /// </summary>
    public const string Check = """(SELECT portal_all()) OR "LibraryId" = ANY ((SELECT portal_libraries())::integer[])""";

    private const string Setting = $"coalesce(current_setting('{PostgresLibrarySetting.Name}', true), '')";

    /// <summary>
    /// <c>portal_all()</c>: the setting is "all". <c>portal_libraries()</c>: its ids, none for "" or "all" (CASE keeps
    /// "all" from ever being cast to an integer). CREATE OR REPLACE: <see cref="Protect"/> runs it for every migration
    /// that adds a table, whichever order the migrations of two branches end up in.
    /// </summary>
    public static void CreateChecks(MigrationBuilder migration) => migration.Sql($"""
        CREATE OR REPLACE FUNCTION portal_all() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT {Setting} = 'all' $$;
        CREATE OR REPLACE FUNCTION portal_libraries() RETURNS integer[] LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN {Setting} IN ('', 'all') THEN ARRAY[]::integer[]
                ELSE string_to_array({Setting}, ',')::integer[] END $$;
        """);

    public static void Protect(MigrationBuilder migration, params string[] tables)
    {
        CreateChecks(migration);
        foreach (var table in tables)
            migration.Sql($"""
                ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
                CREATE POLICY {PolicyName} ON "{table}" USING ({Check}) WITH CHECK ({Check});
                """);
    }

    public static void DropChecks(MigrationBuilder migration) =>
        migration.Sql("DROP FUNCTION IF EXISTS portal_all(); DROP FUNCTION IF EXISTS portal_libraries();");

    public static void Unprotect(MigrationBuilder migration, params string[] tables)
    {
        foreach (var table in tables)
            migration.Sql($"""
                DROP POLICY IF EXISTS {PolicyName} ON "{table}";
                ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY;
                """);
    }

    /// <summary>
    /// The first policy, as the migration Libraries made it: <c>portal_sees("LibraryId")</c>, which PostgreSQL inlines
    /// and so parses the setting for every row (200–800× slower reads of a whole year; BENCHMARKS.md). Kept, unchanged,
    /// for that migration and for the Down of PoliciesOncePerStatement.
    /// </summary>
    public static class PerRow
    {
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
    }
}
