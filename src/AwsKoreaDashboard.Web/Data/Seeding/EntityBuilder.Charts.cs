using AwsKoreaDashboard.Web.Formatting;
using static AwsKoreaDashboard.Web.Data.Seeding.DataFileRecords;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>The charts of charts.json: each cell names a figure that exists and fits the chart's unit.</summary>
internal sealed partial class EntityBuilder
{
    public (List<Chart>, List<ChartCategory>, List<ChartSeries>, List<ChartCell>) ReadCharts(ChartsFile file, Dictionary<string, Figure> figures)
    {
        var charts = new List<Chart>();
        var categories = new List<ChartCategory>();
        var seriesRows = new List<ChartSeries>();
        var cells = new List<ChartCell>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Charts!.Count; i++)
        {
            var entry = file.Charts[i]!;
            var at = new EntryLocation(DataFileSchemas.Charts, "charts", i, entry.Key);
            var key = rules.UniqueKey(at, entry.Key!, keys.Contains);
            var unit = entry.Unit!;
            CheckTokens(at, "title", entry.Title!, figures);
            CheckTokens(at, "takeaway", entry.Takeaway!, figures);
            if (entry.Note is { } note)
            {
                CheckTokens(at, "note", note, figures);
            }

            CheckNoTokens(at, "subtitle", entry.Subtitle!);
            for (var c = 0; c < entry.Categories!.Count; c++)
            {
                CheckNoTokens(at, $"categories[{c}].label", entry.Categories[c]!.Label!);
            }

            for (var s = 0; s < entry.Series!.Count; s++)
            {
                CheckNoTokens(at, $"series[{s}].label", entry.Series[s]!.Label!);
            }

            if (entry.Kind == "range" && entry.Series!.Count != 2)
            {
                rules.Error(at, "series", "a range chart has exactly two series: where each bar starts and where it ends");
            }

            if (key is null)
            {
                continue;
            }

            keys.Add(key);
            var chartCategories = entry.Categories!.Select((category, c) => new ChartCategory
            {
                ChartKey = key,
                Position = c,
                LabelKo = category!.Label!.Ko!,
                LabelEn = category.Label.En!,
                Highlight = category.Highlight ?? false,
            }).ToList();

            for (var s = 0; s < entry.Series!.Count; s++)
            {
                var series = entry.Series[s]!;
                var seriesFigures = series.Figures!;
                if (seriesFigures.Count != chartCategories.Count)
                {
                    rules.Error(at, $"series[{s}].figures", $"has {seriesFigures.Count} figures for {chartCategories.Count} categories; give one figure per category");
                }

                for (var c = 0; c < seriesFigures.Count; c++)
                {
                    var figureKey = seriesFigures[c];
                    var field = $"series[{s}].figures[{c}]";
                    if (!rules.Reference(at, field, figureKey, figures.ContainsKey, $"a figure in {DataFileSchemas.Figures}"))
                    {
                        continue;
                    }

                    var figure = figures[figureKey!];
                    if (figure.Unit.Length > 0 && !Units.Fits(figure.Unit, unit))
                    {
                        rules.Error(at, field, $"'{figureKey}' is in {figure.Unit}, which does not fit the chart's unit {unit}");
                    }

                    cells.Add(new ChartCell { ChartKey = key, SeriesPosition = s, CategoryPosition = c, FigureKey = figureKey! });
                }

                seriesRows.Add(new ChartSeries { ChartKey = key, Position = s, LabelKo = series.Label!.Ko!, LabelEn = series.Label.En! });
            }

            charts.Add(new Chart
            {
                Key = key,
                Kind = entry.Kind!,
                TitleKo = entry.Title!.Ko!,
                TitleEn = entry.Title.En!,
                SubtitleKo = entry.Subtitle!.Ko!,
                SubtitleEn = entry.Subtitle.En!,
                TakeawayKo = entry.Takeaway!.Ko!,
                TakeawayEn = entry.Takeaway.En!,
                NoteKo = entry.Note?.Ko,
                NoteEn = entry.Note?.En,
                Unit = unit,
                Sort = entry.Sort ?? "none",
                Position = i,
            });
            categories.AddRange(chartCategories);
        }

        return (charts, categories, seriesRows, cells);
    }
}
