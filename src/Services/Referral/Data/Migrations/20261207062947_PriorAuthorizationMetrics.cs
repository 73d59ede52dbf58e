using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Referral.Data.Migrations
{
    /// <inheritdoc />
    public partial class PriorAuthorizationMetrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_referrals_DecidedAt",
                table: "referrals",
                column: "DecidedAt",
                filter: "\"DecidedAt\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "Urgency", "Status", "SubmittedAt", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_DecidedAt",
                table: "referrals");
        }
    }
}
