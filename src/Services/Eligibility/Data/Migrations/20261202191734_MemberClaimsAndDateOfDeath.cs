using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Eligibility.Data.Migrations
{
    /// <inheritdoc />
    public partial class MemberClaimsAndDateOfDeath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DateOfDeath",
                table: "members",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "member_claims",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_claims", x => x.ClaimId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_member_claims_Cin_ServiceFrom",
                table: "member_claims",
                columns: new[] { "Cin", "ServiceFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "member_claims");

            migrationBuilder.DropColumn(
                name: "DateOfDeath",
                table: "members");
        }
    }
}
