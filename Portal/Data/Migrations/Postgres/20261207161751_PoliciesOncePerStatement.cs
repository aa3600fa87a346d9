using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <summary>
    /// Row-level security that reads the setting once per statement (ADR 040): the 15 policies of the migration
    /// Libraries called portal_sees("LibraryId"), which parsed portal.libraries for every row, so that a province
    /// admin's read of a whole year ran 200–800× slower than without a policy (BENCHMARKS.md). The same semantics
    /// ("" or unset sees nothing, "all" everything, "1,5,7" those) now as scalar subqueries, run once as InitPlans.
    /// SQL only: the model and its snapshot do not change. One transaction, so no statement ever runs unprotected.
    /// </summary>
    public partial class PoliciesOncePerStatement : Migration
    {
        private static readonly string[] Tables =
        [
            "AccessTokens", "AspNetUsers", "AuditEvents", "DeadlineExceptions", "FigureAudit", "Figures", "ItemAudit", "ItemProgress",
            "MonthClosures", "PlanAudit", "PlanDrafts", "Plans", "ReminderClaims", "ReminderDeliveries", "ReportingYears",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            LibraryPolicies.Unprotect(migrationBuilder, Tables);
            LibraryPolicies.Protect(migrationBuilder, Tables);
            LibraryPolicies.PerRow.DropCheck(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LibraryPolicies.Unprotect(migrationBuilder, Tables);
            LibraryPolicies.PerRow.CreateCheck(migrationBuilder);
            LibraryPolicies.PerRow.Protect(migrationBuilder, Tables);
            LibraryPolicies.DropChecks(migrationBuilder);
        }
    }
}
