using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Data.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Libraries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ReportingYears",
                table: "ReportingYears");

            migrationBuilder.DropIndex(
                name: "IX_ReminderClaims_Division_Year_Month_Moment",
                table: "ReminderClaims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Plans",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_PlanAudit_Year_Id",
                table: "PlanAudit");

            migrationBuilder.DropIndex(
                name: "IX_MonthClosures_Year_Division_Month",
                table: "MonthClosures");

            migrationBuilder.DropIndex(
                name: "IX_ItemProgress_Year_ItemCode",
                table: "ItemProgress");

            migrationBuilder.DropIndex(
                name: "IX_ItemAudit_Year_ItemCode",
                table: "ItemAudit");

            migrationBuilder.DropIndex(
                name: "IX_Figures_Year_Kpi_Division_Month",
                table: "Figures");

            migrationBuilder.DropIndex(
                name: "IX_FigureAudit_Year_Kpi_Division",
                table: "FigureAudit");

            migrationBuilder.DropIndex(
                name: "IX_DeadlineExceptions_Year_Month",
                table: "DeadlineExceptions");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_Year_Division_Month",
                table: "AuditEvents");

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "ReportingYears",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "ReminderDeliveries",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "ReminderClaims",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "Plans",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "PlanDrafts",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "PlanAudit",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "MonthClosures",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "ItemProgress",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "ItemAudit",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "Figures",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "FigureAudit",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "DeadlineExceptions",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "AuditEvents",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "AspNetUsers",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddColumn<int>(
                name: "LibraryId",
                table: "AccessTokens",
                type: "integer",
                nullable: false,
                defaultValue: Entities.Library.DefaultId);

            migrationBuilder.AddPrimaryKey(
                name: "PK_ReportingYears",
                table: "ReportingYears",
                columns: new[] { "LibraryId", "Year" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Plans",
                table: "Plans",
                columns: new[] { "LibraryId", "Year" });

            migrationBuilder.CreateTable(
                name: "Libraries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RetiredAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Libraries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Libraries_Libraries_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            DefaultLibrary.Insert(migrationBuilder); // before the foreign keys: every existing row is the default library's

            migrationBuilder.CreateIndex(
                name: "IX_ReminderDeliveries_LibraryId",
                table: "ReminderDeliveries",
                column: "LibraryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderClaims_LibraryId_Division_Year_Month_Moment",
                table: "ReminderClaims",
                columns: new[] { "LibraryId", "Division", "Year", "Month", "Moment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanDrafts_LibraryId",
                table: "PlanDrafts",
                column: "LibraryId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanAudit_LibraryId_Year_Id",
                table: "PlanAudit",
                columns: new[] { "LibraryId", "Year", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthClosures_LibraryId_Year_Division_Month",
                table: "MonthClosures",
                columns: new[] { "LibraryId", "Year", "Division", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemProgress_LibraryId_Year_ItemCode",
                table: "ItemProgress",
                columns: new[] { "LibraryId", "Year", "ItemCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemAudit_LibraryId_Year_ItemCode",
                table: "ItemAudit",
                columns: new[] { "LibraryId", "Year", "ItemCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Figures_LibraryId_Year_Kpi_Division_Month",
                table: "Figures",
                columns: new[] { "LibraryId", "Year", "Kpi", "Division", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FigureAudit_LibraryId_Year_Kpi_Division",
                table: "FigureAudit",
                columns: new[] { "LibraryId", "Year", "Kpi", "Division" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineExceptions_LibraryId_Year_Month",
                table: "DeadlineExceptions",
                columns: new[] { "LibraryId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_LibraryId_Year_Division_Month",
                table: "AuditEvents",
                columns: new[] { "LibraryId", "Year", "Division", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_LibraryId",
                table: "AspNetUsers",
                column: "LibraryId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_LibraryId",
                table: "AccessTokens",
                column: "LibraryId");

            migrationBuilder.CreateIndex(
                name: "IX_Libraries_Code",
                table: "Libraries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Libraries_ParentId",
                table: "Libraries",
                column: "ParentId");

            migrationBuilder.AddForeignKey(
                name: "FK_AccessTokens_Libraries_LibraryId",
                table: "AccessTokens",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Libraries_LibraryId",
                table: "AspNetUsers",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEvents_Libraries_LibraryId",
                table: "AuditEvents",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DeadlineExceptions_Libraries_LibraryId",
                table: "DeadlineExceptions",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FigureAudit_Libraries_LibraryId",
                table: "FigureAudit",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Figures_Libraries_LibraryId",
                table: "Figures",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ItemAudit_Libraries_LibraryId",
                table: "ItemAudit",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ItemProgress_Libraries_LibraryId",
                table: "ItemProgress",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MonthClosures_Libraries_LibraryId",
                table: "MonthClosures",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanAudit_Libraries_LibraryId",
                table: "PlanAudit",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanDrafts_Libraries_LibraryId",
                table: "PlanDrafts",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Plans_Libraries_LibraryId",
                table: "Plans",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReminderClaims_Libraries_LibraryId",
                table: "ReminderClaims",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReminderDeliveries_Libraries_LibraryId",
                table: "ReminderDeliveries",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReportingYears_Libraries_LibraryId",
                table: "ReportingYears",
                column: "LibraryId",
                principalTable: "Libraries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            LibraryPolicies.PerRow.CreateCheck(migrationBuilder);
            LibraryPolicies.PerRow.Protect(migrationBuilder,
                "AccessTokens", "AspNetUsers", "AuditEvents", "DeadlineExceptions", "FigureAudit", "Figures", "ItemAudit", "ItemProgress",
                "MonthClosures", "PlanAudit", "PlanDrafts", "Plans", "ReminderClaims", "ReminderDeliveries", "ReportingYears");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LibraryPolicies.Unprotect(migrationBuilder,
                "AccessTokens", "AspNetUsers", "AuditEvents", "DeadlineExceptions", "FigureAudit", "Figures", "ItemAudit", "ItemProgress",
                "MonthClosures", "PlanAudit", "PlanDrafts", "Plans", "ReminderClaims", "ReminderDeliveries", "ReportingYears");
            LibraryPolicies.PerRow.DropCheck(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_AccessTokens_Libraries_LibraryId",
                table: "AccessTokens");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Libraries_LibraryId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_AuditEvents_Libraries_LibraryId",
                table: "AuditEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_DeadlineExceptions_Libraries_LibraryId",
                table: "DeadlineExceptions");

            migrationBuilder.DropForeignKey(
                name: "FK_FigureAudit_Libraries_LibraryId",
                table: "FigureAudit");

            migrationBuilder.DropForeignKey(
                name: "FK_Figures_Libraries_LibraryId",
                table: "Figures");

            migrationBuilder.DropForeignKey(
                name: "FK_ItemAudit_Libraries_LibraryId",
                table: "ItemAudit");

            migrationBuilder.DropForeignKey(
                name: "FK_ItemProgress_Libraries_LibraryId",
                table: "ItemProgress");

            migrationBuilder.DropForeignKey(
                name: "FK_MonthClosures_Libraries_LibraryId",
                table: "MonthClosures");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanAudit_Libraries_LibraryId",
                table: "PlanAudit");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanDrafts_Libraries_LibraryId",
                table: "PlanDrafts");

            migrationBuilder.DropForeignKey(
                name: "FK_Plans_Libraries_LibraryId",
                table: "Plans");

            migrationBuilder.DropForeignKey(
                name: "FK_ReminderClaims_Libraries_LibraryId",
                table: "ReminderClaims");

            migrationBuilder.DropForeignKey(
                name: "FK_ReminderDeliveries_Libraries_LibraryId",
                table: "ReminderDeliveries");

            migrationBuilder.DropForeignKey(
                name: "FK_ReportingYears_Libraries_LibraryId",
                table: "ReportingYears");

            migrationBuilder.DropTable(
                name: "Libraries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ReportingYears",
                table: "ReportingYears");

            migrationBuilder.DropIndex(
                name: "IX_ReminderDeliveries_LibraryId",
                table: "ReminderDeliveries");

            migrationBuilder.DropIndex(
                name: "IX_ReminderClaims_LibraryId_Division_Year_Month_Moment",
                table: "ReminderClaims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Plans",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_PlanDrafts_LibraryId",
                table: "PlanDrafts");

            migrationBuilder.DropIndex(
                name: "IX_PlanAudit_LibraryId_Year_Id",
                table: "PlanAudit");

            migrationBuilder.DropIndex(
                name: "IX_MonthClosures_LibraryId_Year_Division_Month",
                table: "MonthClosures");

            migrationBuilder.DropIndex(
                name: "IX_ItemProgress_LibraryId_Year_ItemCode",
                table: "ItemProgress");

            migrationBuilder.DropIndex(
                name: "IX_ItemAudit_LibraryId_Year_ItemCode",
                table: "ItemAudit");

            migrationBuilder.DropIndex(
                name: "IX_Figures_LibraryId_Year_Kpi_Division_Month",
                table: "Figures");

            migrationBuilder.DropIndex(
                name: "IX_FigureAudit_LibraryId_Year_Kpi_Division",
                table: "FigureAudit");

            migrationBuilder.DropIndex(
                name: "IX_DeadlineExceptions_LibraryId_Year_Month",
                table: "DeadlineExceptions");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_LibraryId_Year_Division_Month",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_LibraryId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AccessTokens_LibraryId",
                table: "AccessTokens");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "ReportingYears");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "ReminderDeliveries");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "ReminderClaims");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "PlanDrafts");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "PlanAudit");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "MonthClosures");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "ItemProgress");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "ItemAudit");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "Figures");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "FigureAudit");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "DeadlineExceptions");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LibraryId",
                table: "AccessTokens");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ReportingYears",
                table: "ReportingYears",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Plans",
                table: "Plans",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderClaims_Division_Year_Month_Moment",
                table: "ReminderClaims",
                columns: new[] { "Division", "Year", "Month", "Moment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanAudit_Year_Id",
                table: "PlanAudit",
                columns: new[] { "Year", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthClosures_Year_Division_Month",
                table: "MonthClosures",
                columns: new[] { "Year", "Division", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemProgress_Year_ItemCode",
                table: "ItemProgress",
                columns: new[] { "Year", "ItemCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemAudit_Year_ItemCode",
                table: "ItemAudit",
                columns: new[] { "Year", "ItemCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Year_Kpi_Division_Month",
                table: "Figures",
                columns: new[] { "Year", "Kpi", "Division", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FigureAudit_Year_Kpi_Division",
                table: "FigureAudit",
                columns: new[] { "Year", "Kpi", "Division" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineExceptions_Year_Month",
                table: "DeadlineExceptions",
                columns: new[] { "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Year_Division_Month",
                table: "AuditEvents",
                columns: new[] { "Year", "Division", "Month" });
        }
    }
}
