using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Interop.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnerApis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bulk_exports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Requester = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Network = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Types = table.Column<string[]>(type: "text[]", nullable: false),
                    Since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Request = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    TransactionTime = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bulk_exports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    BillingNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "date", nullable: false),
                    BilledAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    PayableAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HealthNetwork = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LineOfBusiness = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DeterminedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Lines = table.Column<string>(type: "jsonb", nullable: false),
                    PaidAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claims", x => x.ClaimId);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    MedsId = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Mbi = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
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

            migrationBuilder.CreateTable(
                name: "pas_submissions",
                columns: table => new
                {
                    Submitter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimIdentifier = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ReferralNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pas_submissions", x => new { x.Submitter, x.IdempotencyKey });
                });

            migrationBuilder.CreateTable(
                name: "bulk_export_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExportId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResourceType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    MemberCins = table.Column<string[]>(type: "text[]", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bulk_export_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bulk_export_files_bulk_exports_ExportId",
                        column: x => x.ExportId,
                        principalTable: "bulk_exports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bulk_export_files_ExportId_ResourceType_Ordinal",
                table: "bulk_export_files",
                columns: new[] { "ExportId", "ResourceType", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bulk_exports_ExpiresAt",
                table: "bulk_exports",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_bulk_exports_Requester",
                table: "bulk_exports",
                column: "Requester");

            migrationBuilder.CreateIndex(
                name: "IX_bulk_exports_Status_RequestedAt",
                table: "bulk_exports",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_claims_Cin",
                table: "claims",
                column: "Cin");

            migrationBuilder.CreateIndex(
                name: "IX_pas_submissions_Submitter_ClaimIdentifier",
                table: "pas_submissions",
                columns: new[] { "Submitter", "ClaimIdentifier" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bulk_export_files");

            migrationBuilder.DropTable(
                name: "claims");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "pas_submissions");

            migrationBuilder.DropTable(
                name: "bulk_exports");
        }
    }
}
