using System.Globalization;
using System.Text;
using System.Text.Json;
using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Formatting;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Exports;

/// <summary>
/// Data downloads: each chart's numbers and all figures as CSV and JSON, with units, periods and the
/// citation of every value, and a sources file listing every citation. Language and currency follow the
/// reader's address (/en/USD/exports/…).
/// </summary>
public static class ExportApi
{
    private static readonly string[] ChartColumns =
    [
        "chart", "category", "series", "value", "unit", "formatted", "converted", "converted_at", "period", "kind", "figure",
        "publisher", "headline", "url", "published_on", "quote", "quote_en", "cite_as",
    ];

    private static readonly string[] FigureColumns =
    [
        "figure", "label", "value", "unit", "formatted", "period", "kind", "formula", "inputs",
        "publisher", "headline", "url", "published_on", "quote", "quote_en",
    ];

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports").WithMetadata(PageCache.Cacheable.Page);

        exports.MapGet("/charts/{key}.csv", async (string key, ReaderDownload context) =>
            await context.ChartAsync(key) is { } chart
                ? File(Csv.Write(ChartColumns, ChartRows(chart, await context.PresenterAsync(), context.CiteAs(await context.CitationAsync(chart)).Apa)), "text/csv; charset=utf-8", context.FileName(key, "csv"))
                : NotFound(key));

        exports.MapGet("/charts/{key}.json", async (string key, ReaderDownload context) =>
            await context.ChartAsync(key) is { } chart
                ? File(Json(ChartJson(chart, await context.PresenterAsync(), context.CiteAs(await context.CitationAsync(chart)))), "application/json; charset=utf-8", context.FileName(key, "json"))
                : NotFound(key));

        exports.MapGet("/figures.csv", async (ReaderDownload context) =>
        {
            var presenter = await context.PresenterAsync();
            return File(Csv.Write(FigureColumns, presenter.Catalog.Figures.Select(f => FigureRow(f, presenter))), "text/csv; charset=utf-8", context.FileName("figures", "csv"));
        });

        exports.MapGet("/figures.json", async (ReaderDownload context) =>
        {
            var presenter = await context.PresenterAsync();
            return File(Json(presenter.Catalog.Figures.Select(FigureApi.ToJson)), "application/json; charset=utf-8", context.FileName("figures", "json"));
        });

        exports.MapGet("/sources.md", async (ReaderDownload context, EventCatalogReader events) =>
        {
            var presenter = await context.PresenterAsync();
            var text = SourcesText(presenter, context.Localizer) + EventApi.SourcesSection(await events.ReadAsync(), presenter.Culture, context.Localizer)
                + await CiteSectionAsync(presenter, context);
            return File(Encoding.UTF8.GetBytes(text), "text/markdown; charset=utf-8", context.FileName("sources", "md"));
        });

        return app;
    }

    private static IResult File(byte[] content, string type, string name) => Results.File(content, type, name);

    private static IResult NotFound(string key) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Chart not found", detail: $"No chart has the key '{key}'.");

    private static byte[] Json<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, new JsonSerializerOptions(JsonEncoding.Web) { WriteIndented = true });

    private static IEnumerable<string?[]> ChartRows(ChartView chart, FigurePresenter presenter, string citeAs) =>
        chart.Rows.SelectMany(row => row.Cells.Select((cell, s) =>
        {
            var citation = presenter.Evidence(cell.Figure).FirstOrDefault()?.Citation;
            return new[]
            {
                chart.Key, row.Label, chart.SeriesLabels[s], Number(cell.Value), cell.Unit, cell.Text,
                cell.IsConverted ? "true" : "false", cell.ConvertedWith?.Format(presenter.Culture),
                presenter.Text(cell.Figure.Period), cell.IsConverted ? "converted" : cell.Figure.Kind, cell.FigureKey,
                citation is null ? null : presenter.Text(citation.Source.Publisher), citation?.Source.Headline, citation?.Source.Url,
                citation?.Source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), citation?.Quote, citation?.QuoteEn, citeAs,
            };
        }));

    private static object ChartJson(ChartView chart, FigurePresenter presenter, Citation cite) => new
    {
        key = chart.Key,
        title = chart.Title,
        subtitle = chart.Subtitle,
        takeaway = chart.Takeaway,
        source = chart.SourceLine,
        language = presenter.Language,
        currency = presenter.Currency,
        // How to cite the chart; a download cannot know the date it is read, so that slot says to fill it in.
        cite = new
        {
            url = cite.Url,
            dataAsOf = cite.DataDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            apa = cite.Apa,
            chicago = cite.Chicago,
            bibtex = cite.BibTex,
            ris = cite.Ris,
        },
        rows = chart.Rows.Select(row => new
        {
            category = row.Label,
            highlight = row.Highlight,
            values = row.Cells.Select((cell, s) => new
            {
                series = chart.SeriesLabels[s],
                value = cell.Value,
                unit = cell.Unit,
                formatted = cell.Text,
                converted = cell.IsConverted,
                convertedAt = cell.ConvertedWith?.Format(presenter.Culture),
                period = presenter.Text(cell.Figure.Period),
                kind = cell.IsConverted ? "converted" : cell.Figure.Kind,
                figure = cell.FigureKey,
                convertedWith = cell.ConvertedWith?.Key,
                citations = presenter.Evidence(cell.Figure).Select(f => FigureApi.ToJson(f).Citation),
            }),
        }),
    };

    private static string?[] FigureRow(FigureRecord figure, FigurePresenter presenter)
    {
        var citation = figure.Citation;
        return
        [
            figure.Key, presenter.Text(figure.Label), Number(figure.Value), figure.Unit, figure.Format(presenter.Culture),
            presenter.Text(figure.Period), figure.Kind, figure.Formula, string.Join(" ", figure.Inputs),
            citation is null ? null : presenter.Text(citation.Source.Publisher), citation?.Source.Headline, citation?.Source.Url,
            citation?.Source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), citation?.Quote, citation?.QuoteEn,
        ];
    }

    private static string SourcesText(FigurePresenter presenter, IStringLocalizer localizer)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {localizer["SiteName"]}: {localizer["Footer.Sources"]}").AppendLine();
        foreach (var source in presenter.Catalog.Sources)
        {
            text.AppendLine($"## {Escape(presenter.Text(source.Publisher))}: {Escape(source.Headline)}");
            text.AppendLine($"- {localizer["PublishedOn"]}: {source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? localizer["DateNotGiven"]}");
            foreach (var url in new[] { source.Url }.Concat(source.AlternateUrls).OfType<string>())
            {
                // An autolink: the URL was checked as absolute http(s) when seeded, and AbsoluteUri percent-encodes < > and spaces.
                text.AppendLine(Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"- <{uri.AbsoluteUri}>" : $"- {Escape(url)}");
            }

            text.AppendLine();
            foreach (var figure in presenter.Catalog.Figures.Where(f => f.Citation?.Source.Key == source.Key))
            {
                text.AppendLine($"- **{Escape(presenter.Text(figure.Label))}** ({Escape(figure.Format(presenter.Culture))}): “{Escape(figure.Citation!.Quote)}”");
                if (!presenter.IsKorean)
                {
                    text.AppendLine($"  - {Escape(figure.Citation.QuoteEn)}");
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>How to cite each chart (APA 7), after the sources.</summary>
    private static async Task<string> CiteSectionAsync(FigurePresenter presenter, ReaderDownload context)
    {
        var text = new StringBuilder().AppendLine($"## {Escape(context.Localizer["Cite.Sources"])}").AppendLine();
        foreach (var chart in presenter.Catalog.Charts)
        {
            if (await context.ChartAsync(chart.Key) is { } view)
            {
                var references = context.CiteAs(await context.CitationAsync(view)).Apa.Split('\n');
                text.AppendLine($"- {Escape(references[0])}");
                foreach (var original in references.Skip(1))
                {
                    text.AppendLine($"  - {Escape(original)}");
                }
            }
        }

        return text.AppendLine().ToString();
    }

    // Text from data/ stays text in any Markdown viewer: HTML is written as entities, Markdown's markup characters are escaped.
    private static string Escape(string? value)
    {
        var escaped = new StringBuilder();
        foreach (var c in (value ?? "").ReplaceLineEndings(" "))
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~' or '!' => $"\\{c}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>One download as this request's reader gets it: the catalogue in their language and currency, and the file's name.</summary>
    public sealed class ReaderDownload(ReaderCharts charts, ReaderSettings settings, IStringLocalizer<SharedResource> localizer, Citations citations)
    {
        public Task<Citation> CitationAsync(ChartView chart) => citations.ForChartAsync(chart);

        /// <summary>The citation with a placeholder where the reader writes the date they accessed it.</summary>
        public Citation CiteAs(Citation citation)
        {
            var placeholder = localizer["Cite.AccessedPlaceholder"].Value;
            return citation with
            {
                Apa = Citation.WithAccessed(citation.Apa, placeholder),
                Chicago = Citation.WithAccessed(citation.Chicago, placeholder),
                BibTex = Citation.WithAccessed(citation.BibTex, placeholder),
                Ris = Citation.WithAccessed(citation.Ris, placeholder),
            };
        }

        public IStringLocalizer<SharedResource> Localizer => localizer;

        public Task<FigurePresenter> PresenterAsync() => charts.PresenterAsync();

        public Task<ChartView?> ChartAsync(string key) => charts.ChartAsync(key);

        /// <summary>What the file is: aws-korea-annual-pace.en.USD.csv (a number in another currency is another file).</summary>
        public string FileName(string name, string extension) => $"{ExportFileName.For(name, settings.Language)}.{settings.Currency}.{extension}";
    }
}
