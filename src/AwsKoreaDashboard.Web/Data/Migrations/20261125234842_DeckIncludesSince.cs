using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AwsKoreaDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeckIncludesSince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IncludesSince",
                table: "Decks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IncludesSince",
                table: "Decks");
        }
    }
}
