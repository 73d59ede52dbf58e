using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Platform.Eligibility.Data.Migrations
{
    /// <inheritdoc />
    public partial class MembersAndCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RiskType",
                table: "health_networks",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "access_standards",
                columns: table => new
                {
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TypeOfCare = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Standard = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_standards", x => x.Position);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Cin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    MedsId = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Mbi = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    FirstName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LastName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Cin);
                });

            migrationBuilder.CreateTable(
                name: "pcp_change_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberCin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    NewPcpNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SawAssignedPcpThisMonth = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pcp_change_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "providers",
                columns: table => new
                {
                    Npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Tin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Specialty = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Tertiary = table.Column<bool>(type: "boolean", nullable: false),
                    Networks = table.Column<List<string>>(type: "text[]", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_providers", x => x.Npi);
                });

            migrationBuilder.CreateTable(
                name: "coverage_spans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberCin = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    LineOfBusiness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Program = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PcpNpi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ShareOfCost = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coverage_spans", x => x.Id);
                    table.CheckConstraint("ck_coverage_spans_share_of_cost", "\"ShareOfCost\" >= 0");
                    table.ForeignKey(
                        name: "FK_coverage_spans_members_MemberCin",
                        column: x => x.MemberCin,
                        principalTable: "members",
                        principalColumn: "Cin",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "access_standards",
                columns: new[] { "Position", "Category", "Standard", "TypeOfCare" },
                values: new object[,]
                {
                    { 1, "Access to medical care", "Immediately. 24/7", "Emergency services" },
                    { 2, "Access to medical care", "Within 24 hours of request", "Urgent care services" },
                    { 3, "Access to medical care", "Required within 48 hours of request", "Urgent appointment – No prior authorization" },
                    { 4, "Access to medical care", "Required within 96 hours of request", "Urgent appointments – Prior authorization" },
                    { 5, "Access to medical care", "Within three working days after date of request", "Non-urgent acute care" },
                    { 6, "Access to medical care", "Within 10 working days after date of request", "Primary care" },
                    { 7, "Access to medical care", "Within 30 calendar days after the date of request", "Routine physical exams and wellness visits" },
                    { 8, "Access to medical care", "Within 15 working days of request for appointment", "Non-urgent specialty care" },
                    { 9, "Access to medical care", "Within 15 working days of request for appointment", "Non-urgent ancillary services for diagnosis or treatment" },
                    { 10, "Access to medical care", "Less than 45 minutes before being seen by a provider", "In-office wait time for appointments" },
                    { 11, "Access to medical care", "Appointments will be rescheduled in a manner appropriate for the member’s health care needs and ensures continuity of care is consistent with good professional practice", "Rescheduling appointments" },
                    { 12, "Telephone access services", "A primary care provider (PCP) or designee shall be available 24/7 to respond to after-hours member calls or a hospital emergency room practitioner", "After-hours access" },
                    { 13, "Telephone access services", "After-hours phone message instructing members to dial 911 or go to nearest emergency room (in emergency situations)", "After-hours phone message" }
                });

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "ALTAMED",
                column: "RiskType",
                value: "Shared");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "AMVI",
                column: "RiskType",
                value: "Full");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "CCN",
                column: "RiskType",
                value: null);

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "CHOC",
                column: "RiskType",
                value: "Full");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "FAMILY_CHOICE",
                column: "RiskType",
                value: "Full");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "HPN_REGAL",
                column: "RiskType",
                value: "Full");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "KAISER",
                column: "RiskType",
                value: null);

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "NOBLE",
                column: "RiskType",
                value: "Shared");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "OPTUM_ARTA",
                column: "RiskType",
                value: "Full");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "OPTUM_MONARCH",
                column: "RiskType",
                value: "Full");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "OPTUM_TALBERT",
                column: "RiskType",
                value: "Full");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "PROSPECT",
                column: "RiskType",
                value: "Full");

            migrationBuilder.UpdateData(
                table: "health_networks",
                keyColumn: "Code",
                keyValue: "UNITED_CARE",
                column: "RiskType",
                value: "Shared");

            migrationBuilder.CreateIndex(
                name: "IX_coverage_spans_MemberCin",
                table: "coverage_spans",
                column: "MemberCin");

            migrationBuilder.CreateIndex(
                name: "IX_coverage_spans_PcpNpi",
                table: "coverage_spans",
                column: "PcpNpi");

            migrationBuilder.CreateIndex(
                name: "IX_coverage_spans_Program_MemberCin",
                table: "coverage_spans",
                columns: new[] { "Program", "MemberCin" });

            migrationBuilder.CreateIndex(
                name: "IX_members_DateOfBirth_LastName",
                table: "members",
                columns: new[] { "DateOfBirth", "LastName" });

            migrationBuilder.CreateIndex(
                name: "IX_members_Mbi",
                table: "members",
                column: "Mbi",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_MedsId",
                table: "members",
                column: "MedsId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pcp_change_requests_MemberCin",
                table: "pcp_change_requests",
                column: "MemberCin");

            migrationBuilder.CreateIndex(
                name: "IX_providers_Tin",
                table: "providers",
                column: "Tin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_standards");

            migrationBuilder.DropTable(
                name: "coverage_spans");

            migrationBuilder.DropTable(
                name: "pcp_change_requests");

            migrationBuilder.DropTable(
                name: "providers");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropColumn(
                name: "RiskType",
                table: "health_networks");
        }
    }
}
