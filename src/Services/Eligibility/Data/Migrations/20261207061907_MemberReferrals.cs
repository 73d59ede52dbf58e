using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Eligibility.Data.Migrations
{
    /// <inheritdoc />
    public partial class MemberReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "member_referrals",
                columns: table => new
                {
                    ReferralNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_referrals", x => x.ReferralNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_member_referrals_Cin_SubmittedOn",
                table: "member_referrals",
                columns: new[] { "Cin", "SubmittedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "member_referrals");
        }
    }
}
