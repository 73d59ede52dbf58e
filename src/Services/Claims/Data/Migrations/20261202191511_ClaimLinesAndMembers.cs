using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Claims.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimLinesAndMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_claims_Cin",
                table: "claims");

            migrationBuilder.AddColumn<decimal>(
                name: "AllowedAmount",
                table: "claims",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BillingTin",
                table: "claims",
                type: "character varying(9)",
                maxLength: 9,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "DiagnosisCodes",
                table: "claims",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "FwaFlags",
                table: "claims",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntakeDigest",
                table: "claims",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LineOfBusiness",
                table: "claims",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "MemberCostShare",
                table: "claims",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "claims",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "RenderingNpi",
                table: "claims",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "claims",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            // Claims recorded before lines existed keep their header; the day received is the plan's day of their receipt.
            migrationBuilder.Sql("""UPDATE claims SET "ReceivedOn" = ("ReceivedAt" AT TIME ZONE 'America/Los_Angeles')::date""");

            migrationBuilder.CreateTable(
                name: "claim_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Modifiers = table.Column<List<string>>(type: "text[]", nullable: false),
                    Units = table.Column<int>(type: "integer", nullable: false),
                    PlaceOfService = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    BilledAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    AllowedAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    PayableAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RemarkCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Adjustments = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claim_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_claim_lines_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LastName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    DateOfDeath = table.Column<DateOnly>(type: "date", nullable: true),
                    Coverage = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Cin);
                });

            migrationBuilder.CreateIndex(
                name: "IX_claims_BillingNpi_ServiceFrom",
                table: "claims",
                columns: new[] { "BillingNpi", "ServiceFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_claims_Cin_ServiceFrom_ClaimNumber",
                table: "claims",
                columns: new[] { "Cin", "ServiceFrom", "ClaimNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_claim_lines_ClaimId_LineNumber",
                table: "claim_lines",
                columns: new[] { "ClaimId", "LineNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "claim_lines");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropIndex(
                name: "IX_claims_BillingNpi_ServiceFrom",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "IX_claims_Cin_ServiceFrom_ClaimNumber",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "AllowedAmount",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "BillingTin",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "DiagnosisCodes",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "FwaFlags",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "IntakeDigest",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "LineOfBusiness",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "MemberCostShare",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "RenderingNpi",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "claims");

            migrationBuilder.CreateIndex(
                name: "IX_claims_Cin",
                table: "claims",
                column: "Cin");
        }
    }
}
