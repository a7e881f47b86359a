using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AwsKoreaDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Disagreements",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AboutKo = table.Column<string>(type: "TEXT", nullable: false),
                    AboutEn = table.Column<string>(type: "TEXT", nullable: false),
                    EventKeys = table.Column<string>(type: "TEXT", nullable: false),
                    NoteKo = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disagreements", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: false),
                    Precision = table.Column<string>(type: "TEXT", nullable: false),
                    SortDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryKo = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodTo = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodKo = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodEn = table.Column<string>(type: "TEXT", nullable: true),
                    FigureKeys = table.Column<string>(type: "TEXT", nullable: false),
                    NotesKo = table.Column<string>(type: "TEXT", nullable: false),
                    NotesEn = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Outlets",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outlets", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "EventAmounts",
                columns: table => new
                {
                    EventKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    LabelKo = table.Column<string>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", nullable: false),
                    Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodTo = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodKo = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodEn = table.Column<string>(type: "TEXT", nullable: false),
                    PartOf = table.Column<string>(type: "TEXT", nullable: true),
                    SameAs = table.Column<string>(type: "TEXT", nullable: true),
                    OverlapKo = table.Column<string>(type: "TEXT", nullable: true),
                    OverlapEn = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventAmounts", x => new { x.EventKey, x.Position });
                    table.ForeignKey(
                        name: "FK_EventAmounts_Events_EventKey",
                        column: x => x.EventKey,
                        principalTable: "Events",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisagreementValues",
                columns: table => new
                {
                    DisagreementKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    OutletKey = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", nullable: true),
                    Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", nullable: true),
                    TextKo = table.Column<string>(type: "TEXT", nullable: true),
                    TextEn = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisagreementValues", x => new { x.DisagreementKey, x.Position });
                    table.ForeignKey(
                        name: "FK_DisagreementValues_Disagreements_DisagreementKey",
                        column: x => x.DisagreementKey,
                        principalTable: "Disagreements",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisagreementValues_Outlets_OutletKey",
                        column: x => x.OutletKey,
                        principalTable: "Outlets",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventCitations",
                columns: table => new
                {
                    EventKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    OutletKey = table.Column<string>(type: "TEXT", nullable: false),
                    Via = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    Headline = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCitations", x => new { x.EventKey, x.Position });
                    table.ForeignKey(
                        name: "FK_EventCitations_Events_EventKey",
                        column: x => x.EventKey,
                        principalTable: "Events",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventCitations_Outlets_OutletKey",
                        column: x => x.OutletKey,
                        principalTable: "Outlets",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LaterComparisons",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleKo = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: false),
                    ArticleFigureKeys = table.Column<string>(type: "TEXT", nullable: false),
                    LaterSummaryKo = table.Column<string>(type: "TEXT", nullable: false),
                    LaterSummaryEn = table.Column<string>(type: "TEXT", nullable: false),
                    OutletKey = table.Column<string>(type: "TEXT", nullable: false),
                    Via = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    NoteKo = table.Column<string>(type: "TEXT", nullable: false),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaterComparisons", x => x.Key);
                    table.ForeignKey(
                        name: "FK_LaterComparisons_Outlets_OutletKey",
                        column: x => x.OutletKey,
                        principalTable: "Outlets",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PageRates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrwPerUsd = table.Column<double>(type: "REAL", nullable: false),
                    OutletKey = table.Column<string>(type: "TEXT", nullable: false),
                    StatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    LabelKo = table.Column<string>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PageRates_Outlets_OutletKey",
                        column: x => x.OutletKey,
                        principalTable: "Outlets",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventCitationValues",
                columns: table => new
                {
                    EventKey = table.Column<string>(type: "TEXT", nullable: false),
                    CitationPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountKey = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", nullable: false),
                    Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", nullable: true),
                    Converted = table.Column<bool>(type: "INTEGER", nullable: false),
                    KrwPerUsd = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCitationValues", x => new { x.EventKey, x.CitationPosition, x.Position });
                    table.ForeignKey(
                        name: "FK_EventCitationValues_EventCitations_EventKey_CitationPosition",
                        columns: x => new { x.EventKey, x.CitationPosition },
                        principalTable: "EventCitations",
                        principalColumns: new[] { "EventKey", "Position" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LaterComparisonValues",
                columns: table => new
                {
                    ComparisonKey = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LabelKo = table.Column<string>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Approximate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaterComparisonValues", x => new { x.ComparisonKey, x.Position });
                    table.ForeignKey(
                        name: "FK_LaterComparisonValues_LaterComparisons_ComparisonKey",
                        column: x => x.ComparisonKey,
                        principalTable: "LaterComparisons",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisagreementValues_OutletKey",
                table: "DisagreementValues",
                column: "OutletKey");

            migrationBuilder.CreateIndex(
                name: "IX_EventCitations_OutletKey",
                table: "EventCitations",
                column: "OutletKey");

            migrationBuilder.CreateIndex(
                name: "IX_LaterComparisons_OutletKey",
                table: "LaterComparisons",
                column: "OutletKey");

            migrationBuilder.CreateIndex(
                name: "IX_PageRates_OutletKey",
                table: "PageRates",
                column: "OutletKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisagreementValues");

            migrationBuilder.DropTable(
                name: "EventAmounts");

            migrationBuilder.DropTable(
                name: "EventCitationValues");

            migrationBuilder.DropTable(
                name: "LaterComparisonValues");

            migrationBuilder.DropTable(
                name: "PageRates");

            migrationBuilder.DropTable(
                name: "Disagreements");

            migrationBuilder.DropTable(
                name: "EventCitations");

            migrationBuilder.DropTable(
                name: "LaterComparisons");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "Outlets");
        }
    }
}
