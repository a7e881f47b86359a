using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AwsKoreaDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Background : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BackgroundSections",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleKo = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundSections", x => x.Key);
                    table.ForeignKey(
                        name: "FK_BackgroundSections_Sources_SourceKey",
                        column: x => x.SourceKey,
                        principalTable: "Sources",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BackgroundBlocks",
                columns: table => new
                {
                    SectionKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    TextKo = table.Column<string>(type: "TEXT", nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundBlocks", x => new { x.SectionKey, x.Position });
                    table.ForeignKey(
                        name: "FK_BackgroundBlocks_BackgroundSections_SectionKey",
                        column: x => x.SectionKey,
                        principalTable: "BackgroundSections",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundSections_SourceKey",
                table: "BackgroundSections",
                column: "SourceKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackgroundBlocks");

            migrationBuilder.DropTable(
                name: "BackgroundSections");
        }
    }
}
