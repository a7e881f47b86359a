using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AwsKoreaDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Charts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    TitleKo = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: false),
                    SubtitleKo = table.Column<string>(type: "TEXT", nullable: false),
                    SubtitleEn = table.Column<string>(type: "TEXT", nullable: false),
                    TakeawayKo = table.Column<string>(type: "TEXT", nullable: false),
                    TakeawayEn = table.Column<string>(type: "TEXT", nullable: false),
                    NoteKo = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Sort = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charts", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "SeedStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    SeededAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    PublisherKo = table.Column<string>(type: "TEXT", nullable: false),
                    PublisherEn = table.Column<string>(type: "TEXT", nullable: false),
                    Headline = table.Column<string>(type: "TEXT", nullable: false),
                    HeadlineEn = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    AlternateUrls = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    NoteKo = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ChartCategories",
                columns: table => new
                {
                    ChartKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LabelKo = table.Column<string>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", nullable: false),
                    Highlight = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChartCategories", x => new { x.ChartKey, x.Position });
                    table.ForeignKey(
                        name: "FK_ChartCategories_Charts_ChartKey",
                        column: x => x.ChartKey,
                        principalTable: "Charts",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChartSeries",
                columns: table => new
                {
                    ChartKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LabelKo = table.Column<string>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChartSeries", x => new { x.ChartKey, x.Position });
                    table.ForeignKey(
                        name: "FK_ChartSeries_Charts_ChartKey",
                        column: x => x.ChartKey,
                        principalTable: "Charts",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Figures",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    LabelKo = table.Column<string>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodKo = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodEn = table.Column<string>(type: "TEXT", nullable: false),
                    PairKey = table.Column<string>(type: "TEXT", nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", nullable: true),
                    Quote = table.Column<string>(type: "TEXT", nullable: true),
                    QuoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    AttributionKo = table.Column<string>(type: "TEXT", nullable: true),
                    AttributionEn = table.Column<string>(type: "TEXT", nullable: true),
                    Formula = table.Column<string>(type: "TEXT", nullable: true),
                    NoteKo = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Figures", x => x.Key);
                    table.ForeignKey(
                        name: "FK_Figures_Sources_SourceKey",
                        column: x => x.SourceKey,
                        principalTable: "Sources",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TitleKo = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryKo = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", nullable: false),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PrimarySourceKey = table.Column<string>(type: "TEXT", nullable: false),
                    HeadlineFigureKeys = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stories_Sources_PrimarySourceKey",
                        column: x => x.PrimarySourceKey,
                        principalTable: "Sources",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChartCells",
                columns: table => new
                {
                    ChartKey = table.Column<string>(type: "TEXT", nullable: false),
                    SeriesPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    FigureKey = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChartCells", x => new { x.ChartKey, x.SeriesPosition, x.CategoryPosition });
                    table.ForeignKey(
                        name: "FK_ChartCells_Charts_ChartKey",
                        column: x => x.ChartKey,
                        principalTable: "Charts",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChartCells_Figures_FigureKey",
                        column: x => x.FigureKey,
                        principalTable: "Figures",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FigureInputs",
                columns: table => new
                {
                    FigureKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    InputKey = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureInputs", x => new { x.FigureKey, x.Position });
                    table.ForeignKey(
                        name: "FK_FigureInputs_Figures_FigureKey",
                        column: x => x.FigureKey,
                        principalTable: "Figures",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FigureInputs_Figures_InputKey",
                        column: x => x.InputKey,
                        principalTable: "Figures",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChartCells_FigureKey",
                table: "ChartCells",
                column: "FigureKey");

            migrationBuilder.CreateIndex(
                name: "IX_FigureInputs_InputKey",
                table: "FigureInputs",
                column: "InputKey");

            migrationBuilder.CreateIndex(
                name: "IX_Figures_SourceKey",
                table: "Figures",
                column: "SourceKey");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_PrimarySourceKey",
                table: "Stories",
                column: "PrimarySourceKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChartCategories");

            migrationBuilder.DropTable(
                name: "ChartCells");

            migrationBuilder.DropTable(
                name: "ChartSeries");

            migrationBuilder.DropTable(
                name: "FigureInputs");

            migrationBuilder.DropTable(
                name: "SeedStates");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "Charts");

            migrationBuilder.DropTable(
                name: "Figures");

            migrationBuilder.DropTable(
                name: "Sources");
        }
    }
}
