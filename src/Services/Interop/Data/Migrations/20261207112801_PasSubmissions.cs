using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Interop.Data.Migrations
{
    /// <inheritdoc />
    public partial class PasSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_pas_submissions_Submitter_ClaimIdentifier",
                table: "pas_submissions",
                columns: new[] { "Submitter", "ClaimIdentifier" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pas_submissions");
        }
    }
}
