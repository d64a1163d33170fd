using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TalkModelVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TalkModelVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Model = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Corrections = table.Column<int>(type: "INTEGER", nullable: false),
                    AccuracyBefore = table.Column<double>(type: "REAL", nullable: false),
                    AccuracyAfter = table.Column<double>(type: "REAL", nullable: false),
                    BinaryBefore = table.Column<double>(type: "REAL", nullable: false),
                    BinaryAfter = table.Column<double>(type: "REAL", nullable: false),
                    CorrectionsAgreedBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionsAgreedAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkModelVersions", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TalkModelVersions");
        }
    }
}
