using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <summary>
    /// Leaves half of each "Figures" page free, so that a changed figure's new version fits on its own page and
    /// PostgreSQL writes it without new index entries (a HOT update): changed-row imports ran 1.3–1.5× faster
    /// (BENCHMARKS.md, PostgreSQL section i.). PostgreSQL only; SQLite has no such setting. It applies to pages
    /// written from now on; `VACUUM FULL "Figures"` repacks an existing table (see ADR 020).
    /// </summary>
    public partial class FiguresFillFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "Figures" SET (fillfactor = 50);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "Figures" RESET (fillfactor);""");
        }
    }
}
