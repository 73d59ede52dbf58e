using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Claims.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimHealthNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HealthNetwork",
                table: "claims",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HealthNetwork",
                table: "claims");
        }
    }
}
