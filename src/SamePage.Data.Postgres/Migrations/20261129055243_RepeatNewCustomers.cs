using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RepeatNewCustomers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RepeatNewCustomerMonths",
                columns: table => new
                {
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    SolutionId = table.Column<int>(type: "integer", nullable: false),
                    CustomerId = table.Column<string>(type: "text", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepeatNewCustomerMonths", x => new { x.PartnerId, x.SolutionId, x.CustomerId, x.Month });
                    table.ForeignKey(
                        name: "FK_RepeatNewCustomerMonths_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RepeatNewCustomerMonths_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RepeatNewCustomerMonths_SolutionId_Month",
                table: "RepeatNewCustomerMonths",
                columns: new[] { "SolutionId", "Month" });

            // Existing deals: list the repeat customers' months, as RollupBuilder does after an import.
            migrationBuilder.Sql("""
                INSERT INTO "RepeatNewCustomerMonths" ("PartnerId","SolutionId","CustomerId","Month")
                SELECT DISTINCT d."PartnerId", d."SolutionId", d."CustomerId", date_trunc('month', d."Date")::date
                FROM "Deals" d
                JOIN (
                    SELECT "PartnerId","SolutionId","CustomerId" FROM "Deals" WHERE "Status"='Won' AND "Type"='New'
                    GROUP BY "PartnerId","SolutionId","CustomerId" HAVING COUNT(DISTINCT date_trunc('month', "Date")::date) > 1
                ) r ON r."PartnerId"=d."PartnerId" AND r."SolutionId"=d."SolutionId" AND r."CustomerId"=d."CustomerId"
                WHERE d."Status"='Won' AND d."Type"='New';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RepeatNewCustomerMonths");
        }
    }
}
