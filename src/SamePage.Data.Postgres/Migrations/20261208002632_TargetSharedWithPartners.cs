using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TargetSharedWithPartners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SharedWithPartners",
                table: "Targets",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SharedWithPartners",
                table: "Targets");
        }
    }
}
