using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Referral.Data.Migrations
{
    /// <inheritdoc />
    public partial class PaCodeLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pa_code_lists",
                columns: table => new
                {
                    Quarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pa_code_lists", x => x.Quarter);
                });

            migrationBuilder.CreateTable(
                name: "pa_codes",
                columns: table => new
                {
                    Quarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pa_codes", x => new { x.Quarter, x.Code });
                    table.ForeignKey(
                        name: "FK_pa_codes_pa_code_lists_Quarter",
                        column: x => x.Quarter,
                        principalTable: "pa_code_lists",
                        principalColumn: "Quarter",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pa_code_lists_EffectiveFrom",
                table: "pa_code_lists",
                column: "EffectiveFrom",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pa_codes");

            migrationBuilder.DropTable(
                name: "pa_code_lists");
        }
    }
}
