using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class RosterMaintenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_roster_entries_ProviderNpi_MemberCin_RosterType",
                table: "roster_entries");

            migrationBuilder.DropColumn(
                name: "MemberName",
                table: "roster_entries");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AddedAt",
                table: "roster_entries",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "AddedBy",
                table: "roster_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "roster_entries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemovedAt",
                table: "roster_entries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemovedBy",
                table: "roster_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    MedsId = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Mbi = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
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
                    Specialty = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_providers", x => x.Npi);
                });

            migrationBuilder.CreateIndex(
                name: "IX_roster_entries_MemberCin",
                table: "roster_entries",
                column: "MemberCin");

            migrationBuilder.CreateIndex(
                name: "IX_roster_entries_ProviderNpi_MemberCin_RosterType",
                table: "roster_entries",
                columns: new[] { "ProviderNpi", "MemberCin", "RosterType" },
                unique: true,
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_members_Mbi",
                table: "members",
                column: "Mbi");

            migrationBuilder.CreateIndex(
                name: "IX_members_MedsId",
                table: "members",
                column: "MedsId");

            migrationBuilder.CreateIndex(
                name: "IX_providers_Tin",
                table: "providers",
                column: "Tin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "providers");

            migrationBuilder.DropIndex(
                name: "IX_roster_entries_MemberCin",
                table: "roster_entries");

            migrationBuilder.DropIndex(
                name: "IX_roster_entries_ProviderNpi_MemberCin_RosterType",
                table: "roster_entries");

            migrationBuilder.DropColumn(
                name: "AddedAt",
                table: "roster_entries");

            migrationBuilder.DropColumn(
                name: "AddedBy",
                table: "roster_entries");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "roster_entries");

            migrationBuilder.DropColumn(
                name: "RemovedAt",
                table: "roster_entries");

            migrationBuilder.DropColumn(
                name: "RemovedBy",
                table: "roster_entries");

            migrationBuilder.AddColumn<string>(
                name: "MemberName",
                table: "roster_entries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_roster_entries_ProviderNpi_MemberCin_RosterType",
                table: "roster_entries",
                columns: new[] { "ProviderNpi", "MemberCin", "RosterType" },
                unique: true);
        }
    }
}
