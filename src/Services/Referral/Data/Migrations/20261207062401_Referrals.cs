using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Referral.Data.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "referral_numbers");

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

            migrationBuilder.CreateTable(
                name: "providers",
                columns: table => new
                {
                    Npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Tin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Specialty = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Tertiary = table.Column<bool>(type: "boolean", nullable: false),
                    Networks = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_providers", x => x.Npi);
                });

            migrationBuilder.CreateTable(
                name: "referral_drafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ServicingNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Tertiary = table.Column<bool>(type: "boolean", nullable: false),
                    AllowRedirect = table.Column<bool>(type: "boolean", nullable: true),
                    Justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralNumber = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    RequestingNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ServicingNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ServicingTertiary = table.Column<bool>(type: "boolean", nullable: false),
                    HealthNetwork = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LineOfBusiness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "date", nullable: false),
                    DiagnosisCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    RequestedUrgency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    UrgentCriterion = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AllowRedirect = table.Column<bool>(type: "boolean", nullable: false),
                    RedirectJustification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAutomatically = table.Column<bool>(type: "boolean", nullable: false),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    History = table.Column<string>(type: "jsonb", nullable: true),
                    Lines = table.Column<string>(type: "jsonb", nullable: true),
                    RuleTrace = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_providers_Tin",
                table: "providers",
                column: "Tin");

            migrationBuilder.CreateIndex(
                name: "IX_referral_drafts_CreatedBy",
                table: "referral_drafts",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_Cin_SubmittedOn",
                table: "referrals",
                columns: new[] { "Cin", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ReferralNumber",
                table: "referrals",
                column: "ReferralNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_RequestingNpi_ReferralNumber",
                table: "referrals",
                columns: new[] { "RequestingNpi", "ReferralNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ServicingNpi_ReferralNumber",
                table: "referrals",
                columns: new[] { "ServicingNpi", "ReferralNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_Status_DueAt",
                table: "referrals",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SubmittedBy_IdempotencyKey",
                table: "referrals",
                columns: new[] { "SubmittedBy", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "providers");

            migrationBuilder.DropTable(
                name: "referral_drafts");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropSequence(
                name: "referral_numbers");
        }
    }
}
