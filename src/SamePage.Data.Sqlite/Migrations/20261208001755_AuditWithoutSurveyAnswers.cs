using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditWithoutSurveyAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Survey answers are promised as averages only: earlier audit rows of responses lose their recorded content.
            migrationBuilder.Sql("""UPDATE "AuditEntries" SET "Changes" = '{}' WHERE "EntityType" = 'SurveyResponse'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
