using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AwsKoreaDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Decks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Decks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleKo = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decks", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "DeckSlides",
                columns: table => new
                {
                    DeckKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ChartKey = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeckSlides", x => new { x.DeckKey, x.Position });
                    table.ForeignKey(
                        name: "FK_DeckSlides_Charts_ChartKey",
                        column: x => x.ChartKey,
                        principalTable: "Charts",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeckSlides_Decks_DeckKey",
                        column: x => x.DeckKey,
                        principalTable: "Decks",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeckSlides_ChartKey",
                table: "DeckSlides",
                column: "ChartKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeckSlides");

            migrationBuilder.DropTable(
                name: "Decks");
        }
    }
}
