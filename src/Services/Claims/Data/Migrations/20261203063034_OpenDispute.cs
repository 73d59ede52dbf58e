using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Claims.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenDispute : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OpenDispute",
                table: "claims",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpenDispute",
                table: "claims");
        }
    }
}
