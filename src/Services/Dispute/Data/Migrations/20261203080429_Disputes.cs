using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Dispute.Data.Migrations
{
    /// <inheritdoc />
    public partial class Disputes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "dispute_numbers");

            migrationBuilder.AddColumn<string>(
                name: "HealthNetwork",
                table: "disputable_claims",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LineOfBusiness",
                table: "disputable_claims",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "disputes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisputeNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    BillingNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    HealthNetwork = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContractedProvider = table.Column<bool>(type: "boolean", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ExpectedOutcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BilledAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    PayableAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "date", nullable: true),
                    DecideBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResolvedPayableAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    Contact = table.Column<string>(type: "jsonb", nullable: false),
                    History = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disputes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disputes_BillingNpi_DisputeNumber",
                table: "disputes",
                columns: new[] { "BillingNpi", "DisputeNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_disputes_Cin",
                table: "disputes",
                column: "Cin");

            migrationBuilder.CreateIndex(
                name: "IX_disputes_ClaimId_Level",
                table: "disputes",
                columns: new[] { "ClaimId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_disputes_ClaimNumber",
                table: "disputes",
                column: "ClaimNumber");

            migrationBuilder.CreateIndex(
                name: "IX_disputes_DisputeNumber",
                table: "disputes",
                column: "DisputeNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disputes_one_open_per_claim",
                table: "disputes",
                column: "ClaimId",
                unique: true,
                filter: "\"Status\" IN ('Submitted', 'Acknowledged', 'InReview')");

            migrationBuilder.CreateIndex(
                name: "IX_disputes_Status_DecideBy",
                table: "disputes",
                columns: new[] { "Status", "DecideBy" });

            migrationBuilder.CreateIndex(
                name: "IX_disputes_SubmittedBy_IdempotencyKey",
                table: "disputes",
                columns: new[] { "SubmittedBy", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disputes");

            migrationBuilder.DropColumn(
                name: "HealthNetwork",
                table: "disputable_claims");

            migrationBuilder.DropColumn(
                name: "LineOfBusiness",
                table: "disputable_claims");

            migrationBuilder.DropSequence(
                name: "dispute_numbers");
        }
    }
}
