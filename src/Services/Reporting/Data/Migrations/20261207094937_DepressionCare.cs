using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Platform.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class DepressionCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "depression_diagnoses",
                columns: table => new
                {
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    DiagnosedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_depression_diagnoses", x => new { x.Cin, x.DiagnosedOn, x.Code });
                });

            migrationBuilder.InsertData(
                table: "drug_catalog",
                columns: new[] { "Ndc", "DrugClass", "DrugName", "Product", "Route", "Subclass" },
                values: new object[,]
                {
                    { "99106000101", "ANTIDEP", "sertraline", "Sertraline 50 mg tablet", "Oral", "SSRI" },
                    { "99106000201", "ANTIDEP", "escitalopram", "Escitalopram 10 mg tablet", "Oral", "SSRI" },
                    { "99106000301", "ANTIDEP", "fluoxetine", "Fluoxetine 20 mg capsule", "Oral", "SSRI" },
                    { "99106001001", "ANTIDEP", "venlafaxine", "Venlafaxine ER 75 mg capsule", "Oral", "SNRI" },
                    { "99106001101", "ANTIDEP", "duloxetine", "Duloxetine 60 mg capsule", "Oral", "SNRI" },
                    { "99106002001", "ANTIDEP", "bupropion", "Bupropion XL 150 mg tablet", "Oral", "Miscellaneous antidepressant" },
                    { "99106002101", "ANTIDEP", "mirtazapine", "Mirtazapine 15 mg tablet", "Oral", "Tetracyclic antidepressant" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "depression_diagnoses");

            migrationBuilder.DeleteData(
                table: "drug_catalog",
                keyColumn: "Ndc",
                keyValue: "99106000101");

            migrationBuilder.DeleteData(
                table: "drug_catalog",
                keyColumn: "Ndc",
                keyValue: "99106000201");

            migrationBuilder.DeleteData(
                table: "drug_catalog",
                keyColumn: "Ndc",
                keyValue: "99106000301");

            migrationBuilder.DeleteData(
                table: "drug_catalog",
                keyColumn: "Ndc",
                keyValue: "99106001001");

            migrationBuilder.DeleteData(
                table: "drug_catalog",
                keyColumn: "Ndc",
                keyValue: "99106001101");

            migrationBuilder.DeleteData(
                table: "drug_catalog",
                keyColumn: "Ndc",
                keyValue: "99106002001");

            migrationBuilder.DeleteData(
                table: "drug_catalog",
                keyColumn: "Ndc",
                keyValue: "99106002101");
        }
    }
}
