using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Platform.Eligibility.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "health_networks",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PhoneMenu = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_networks", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.sequence);
                });

            migrationBuilder.InsertData(
                table: "health_networks",
                columns: new[] { "Code", "Name", "Phone", "PhoneMenu" },
                values: new object[,]
                {
                    { "ALTAMED", "AltaMed Health Services", "866-880-7805", "Press 1 (English), then 2 (Provider)" },
                    { "AMVI", "AMVI Care Health Network", "888-747-2684", "Press 1 (Provider)" },
                    { "CCN", "CalOptima Health Community Network", "714-246-8500", "Press 1 (English), then 2 (Provider)" },
                    { "CHOC", "CHOC Health Alliance", "800-387-1103", "Press 1 (Claims), 2 (Referrals/Authorizations) or 3 (Other)" },
                    { "FAMILY_CHOICE", "Family Choice Health Network", "800-611-0111", "Press 1 (English), then 2 (Provider)" },
                    { "HPN_REGAL", "HPN-Regal Medical Group", "800-747-2362", "Press 1 (English), then 2 (Provider)" },
                    { "KAISER", "Kaiser Permanente", "800-464-4000", "Press 1 (English), then 1 (Appointments), 2 (Claims), 3 (Coverage), 4 (Locations) or 5 (More options)" },
                    { "NOBLE", "Noble Mid-Orange County", "888-880-8811", "Press 1 (English), then 2 (Provider)" },
                    { "OPTUM_ARTA", "Optum Care Network - Arta", "310-354-4200", "Press 3 (Provider)" },
                    { "OPTUM_MONARCH", "Optum Care Network – Monarch", "888-656-7523", "Press 1 (English)" },
                    { "OPTUM_TALBERT", "Optum Care Network – Talbert", "310-354-4200", "Press 3 (Provider)" },
                    { "PROSPECT", "Prospect Medical Group", "800-708-3230", "Press 1 (Provider)" },
                    { "UNITED_CARE", "United Care Medical Group", "877-225-6784", "Press 1 (Provider)" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_health_networks_Name",
                table: "health_networks",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "health_networks");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
