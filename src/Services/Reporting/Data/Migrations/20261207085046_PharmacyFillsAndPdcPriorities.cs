using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Platform.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class PharmacyFillsAndPdcPriorities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "drug_catalog",
                columns: table => new
                {
                    Ndc = table.Column<string>(type: "character(11)", fixedLength: true, maxLength: 11, nullable: false),
                    DrugName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Product = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrugClass = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Subclass = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Route = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drug_catalog", x => x.Ndc);
                });

            migrationBuilder.CreateTable(
                name: "member_exclusions",
                columns: table => new
                {
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_exclusions", x => new { x.Cin, x.Kind, x.From });
                });

            migrationBuilder.CreateTable(
                name: "pdc_priorities",
                columns: table => new
                {
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Route = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    MinDaysPastDue = table.Column<int>(type: "integer", nullable: true),
                    DaysSupplyBelow = table.Column<int>(type: "integer", nullable: true),
                    DueWithinDays = table.Column<int>(type: "integer", nullable: true),
                    CoverageBelow = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    Fill = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Font = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pdc_priorities", x => x.Rank);
                });

            migrationBuilder.CreateTable(
                name: "pharmacy_fills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    FilledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Ndc = table.Column<string>(type: "character(11)", fixedLength: true, maxLength: 11, nullable: false),
                    DrugName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DrugClass = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Route = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DaysSupply = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    PrescriberNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PharmacyNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PharmacyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pharmacy_fills", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "drug_catalog",
                columns: new[] { "Ndc", "DrugClass", "DrugName", "Product", "Route", "Subclass" },
                values: new object[,]
                {
                    { "99101000101", "PDC-DR", "metformin", "Metformin 500 mg tablet", "Oral", "Biguanide" },
                    { "99101000201", "PDC-DR", "metformin", "Metformin ER 750 mg tablet", "Oral", "Biguanide" },
                    { "99101001001", "PDC-DR", "glipizide", "Glipizide 5 mg tablet", "Oral", "Sulfonylurea" },
                    { "99101001101", "PDC-DR", "glimepiride", "Glimepiride 2 mg tablet", "Oral", "Sulfonylurea" },
                    { "99101002001", "PDC-DR", "pioglitazone", "Pioglitazone 30 mg tablet", "Oral", "Thiazolidinedione" },
                    { "99101003001", "PDC-DR", "sitagliptin", "Sitagliptin 100 mg tablet", "Oral", "DPP-4 inhibitor" },
                    { "99101003101", "PDC-DR", "linagliptin", "Linagliptin 5 mg tablet", "Oral", "DPP-4 inhibitor" },
                    { "99101004001", "PDC-DR", "semaglutide", "Semaglutide 1 mg/dose pen", "Injectable", "GLP-1 receptor agonist" },
                    { "99101004101", "PDC-DR", "dulaglutide", "Dulaglutide 1.5 mg/0.5 mL pen", "Injectable", "GLP-1 receptor agonist" },
                    { "99101004201", "PDC-DR", "liraglutide", "Liraglutide 18 mg/3 mL pen", "Injectable", "GLP-1 receptor agonist" },
                    { "99101005001", "PDC-DR", "empagliflozin", "Empagliflozin 10 mg tablet", "Oral", "SGLT2 inhibitor" },
                    { "99101005101", "PDC-DR", "dapagliflozin", "Dapagliflozin 10 mg tablet", "Oral", "SGLT2 inhibitor" },
                    { "99101006001", "PDC-DR", "repaglinide", "Repaglinide 1 mg tablet", "Oral", "Meglitinide" },
                    { "99102000101", "PDC-RASA", "lisinopril", "Lisinopril 10 mg tablet", "Oral", "ACE inhibitor" },
                    { "99102000201", "PDC-RASA", "enalapril", "Enalapril 10 mg tablet", "Oral", "ACE inhibitor" },
                    { "99102001001", "PDC-RASA", "losartan", "Losartan 50 mg tablet", "Oral", "ARB" },
                    { "99102001101", "PDC-RASA", "valsartan", "Valsartan 80 mg tablet", "Oral", "ARB" },
                    { "99102002001", "PDC-RASA", "aliskiren", "Aliskiren 150 mg tablet", "Oral", "Direct renin inhibitor" },
                    { "99103000101", "PDC-STA", "atorvastatin", "Atorvastatin 20 mg tablet", "Oral", "Statin" },
                    { "99103000201", "PDC-STA", "rosuvastatin", "Rosuvastatin 10 mg tablet", "Oral", "Statin" },
                    { "99103000301", "PDC-STA", "simvastatin", "Simvastatin 40 mg tablet", "Oral", "Statin" },
                    { "99103000401", "PDC-STA", "pravastatin", "Pravastatin 40 mg tablet", "Oral", "Statin" },
                    { "99104000101", "INSULIN", "insulin glargine", "Insulin glargine 100 units/mL pen", "Injectable", "Insulin" },
                    { "99104000201", "INSULIN", "insulin lispro", "Insulin lispro 100 units/mL pen", "Injectable", "Insulin" },
                    { "99105000101", "AMYLIN", "pramlintide", "Pramlintide 1000 mcg/mL pen", "Injectable", "Amylin mimetic" }
                });

            migrationBuilder.InsertData(
                table: "pdc_priorities",
                columns: new[] { "Rank", "CoverageBelow", "DaysSupplyBelow", "DueWithinDays", "Fill", "Font", "Label", "MinDaysPastDue", "Route" },
                values: new object[,]
                {
                    { 1, null, null, null, "FFC7CE", "9C0006", "PRIORITY 1- PAST DUE", 1, null },
                    { 2, null, 84, null, "FFC7CE", "9C0006", "PRIORITY 1 < 84-DAYS PRESCRIBED (84-DAYS COVERED FOR INJECTABLES)", null, "Injectable" },
                    { 3, null, 100, null, "FFC7CE", "9C0006", "PRIORITY 1 <100-DAYS PRESCRIBED (100-DAYS COVERED FOR ORALS)", null, "Oral" },
                    { 4, null, null, 7, "FFEB9C", "9C5700", "PRIORITY 2 - REFILL DUE WITHIN 7 DAYS", null, null },
                    { 5, 0.80m, null, null, "FFF2CC", "7F6000", "PRIORITY 3 - BELOW 80% COVERED TO DATE", null, null },
                    { 6, null, null, null, "C6EFCE", "006100", "ADHERENT", null, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_pharmacy_fills_Cin_FilledOn",
                table: "pharmacy_fills",
                columns: new[] { "Cin", "FilledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_pharmacy_fills_PrescriberNpi",
                table: "pharmacy_fills",
                column: "PrescriberNpi");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "drug_catalog");

            migrationBuilder.DropTable(
                name: "member_exclusions");

            migrationBuilder.DropTable(
                name: "pdc_priorities");

            migrationBuilder.DropTable(
                name: "pharmacy_fills");
        }
    }
}
