using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Eligibility.Data.Migrations
{
    /// <inheritdoc />
    public partial class VerificationFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "verification_failures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MemberKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verification_failures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_verification_failures_MemberKey_FailedAt",
                table: "verification_failures",
                columns: new[] { "MemberKey", "FailedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_verification_failures_UserId_FailedAt",
                table: "verification_failures",
                columns: new[] { "UserId", "FailedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "verification_failures");
        }
    }
}
