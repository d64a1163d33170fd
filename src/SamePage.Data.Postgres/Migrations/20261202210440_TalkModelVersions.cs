using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SamePage.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Model = table.Column<byte[]>(type: "bytea", nullable: false),
                    Corrections = table.Column<int>(type: "integer", nullable: false),
                    AccuracyBefore = table.Column<double>(type: "double precision", nullable: false),
                    AccuracyAfter = table.Column<double>(type: "double precision", nullable: false),
                    BinaryBefore = table.Column<double>(type: "double precision", nullable: false),
                    BinaryAfter = table.Column<double>(type: "double precision", nullable: false),
                    CorrectionsAgreedBefore = table.Column<int>(type: "integer", nullable: false),
                    CorrectionsAgreedAfter = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
