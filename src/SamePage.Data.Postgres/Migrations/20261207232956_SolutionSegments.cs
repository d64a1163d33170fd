using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SamePage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SolutionSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ArchivedAt",
                table: "Solutions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SolutionSegments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SolutionId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionSegments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionSegments_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SolutionSegments_SolutionId_Name",
                table: "SolutionSegments",
                columns: new[] { "SolutionId", "Name" },
                unique: true);

            // The segments already in use by models and targets become the solutions' managed lists.
            migrationBuilder.Sql("""
                INSERT INTO "SolutionSegments" ("SolutionId", "Name")
                SELECT DISTINCT "SolutionId", "Segment" FROM (
                    SELECT "SolutionId", "Segment" FROM "ValueModels" WHERE "Segment" <> ''
                    UNION SELECT "SolutionId", "Segment" FROM "Targets" WHERE "Segment" <> '') AS used
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SolutionSegments");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Solutions");
        }
    }
}
