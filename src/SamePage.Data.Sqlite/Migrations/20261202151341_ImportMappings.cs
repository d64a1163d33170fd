using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImportMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "Solutions",
                type: "TEXT",
                maxLength: 3,
                nullable: false,
                defaultValue: "EUR");

            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "Partners",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "CrmId",
                table: "Partners",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportMappingVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportMappingVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_CrmId",
                table: "Partners",
                column: "CrmId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportMappingVersions_Name_Version",
                table: "ImportMappingVersions",
                columns: new[] { "Name", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportMappingVersions");

            migrationBuilder.DropIndex(
                name: "IX_Partners_CrmId",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "Solutions");

            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "CrmId",
                table: "Partners");
        }
    }
}
