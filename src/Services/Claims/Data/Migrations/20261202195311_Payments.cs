using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Claims.Data.Migrations
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PaidOn",
                table: "claims",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PaymentId",
                table: "claims",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentMethod",
                table: "claims",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentNumber",
                table: "claims",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PayeeNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PayeeTin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IntakeDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_claims_PaymentId",
                table: "claims",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_Method_Number",
                table: "payments",
                columns: new[] { "Method", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_PayeeNpi_PaidOn",
                table: "payments",
                columns: new[] { "PayeeNpi", "PaidOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropIndex(
                name: "IX_claims_PaymentId",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "PaidOn",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "PaymentId",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "PaymentMethod",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "PaymentNumber",
                table: "claims");
        }
    }
}
