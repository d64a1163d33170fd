using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SamePage.Data.Postgres.Migrations
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
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "EUR");

            migrationBuilder.AddColumn<List<string>>(
                name: "Aliases",
                table: "Partners",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "CrmId",
                table: "Partners",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportMappingVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false)
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
