using System.Globalization;
using System.Text;
using System.Text.Json;
using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Formatting;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Since;

/// <summary>
/// What happened after the article, as JSON (/api/events, citations inline) and as downloads
/// (/exports/events.csv, .json). Every follow-up is marked as not from the original article.
/// </summary>
public static class EventApi
{
    private static readonly string[] Columns =
    [
        "event", "date", "precision", "kind", "origin", "not_from_original_article", "scope", "summary",
        "figures", "amount", "amount_label", "amount_role", "amount_value", "amount_currency", "amount_approximate", "amount_period",
        "outlet", "via", "published_on", "url", "language", "headline",
        "outlet_value", "outlet_currency", "outlet_approximate", "outlet_qualifier", "outlet_converted", "outlet_krw_per_usd",
    ];

    /// <summary>The follow-up events as JSON, language-neutral: <c>/api/events</c>.</summary>
    public static IEndpointRouteBuilder MapEventApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", async (EventCatalogReader reader, CancellationToken ct) => ToJson(await reader.ReadAsync(ct)))
            .WithMetadata(PageCache.Cacheable.Page);
        return app;
    }

    /// <summary>The events as downloads under the reader's prefix: <c>/ko/KRW/exports/events.csv</c>, <c>.json</c>.</summary>
    public static IEndpointRouteBuilder MapEventDownloads(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports").WithMetadata(PageCache.Cacheable.Page);
        exports.MapGet("/events.json", async (EventCatalogReader reader, ExportApi.ReaderDownload context, CancellationToken ct) =>
            Results.File(
                JsonSerializer.SerializeToUtf8Bytes(ToJson(await reader.ReadAsync(ct)), new JsonSerializerOptions(JsonEncoding.Web) { WriteIndented = true }),
                "application/json; charset=utf-8",
                context.FileName("events", "json")));

        exports.MapGet("/events.csv", async (EventCatalogReader reader, ReaderSettings settings, ExportApi.ReaderDownload context, CancellationToken ct) =>
            Results.File(Csv.Write(Columns, Rows(await reader.ReadAsync(ct), settings.Culture)), "text/csv; charset=utf-8", context.FileName("events", "csv")));

        return app;
    }

    /// <summary>The outlets of the follow-ups, under their own heading, for the sources file.</summary>
    public static string SourcesSection(EventCatalog events, CultureInfo culture, IStringLocalizer localizer)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {localizer["Since.SourcesHeading"]}").AppendLine();
        text.AppendLine(localizer["Since.NotFromArticle"]).AppendLine();
        foreach (var outlet in events.CitedOutlets)
        {
            text.AppendLine($"## {outlet.Name.In(culture)}");
            var citations = events.Events.SelectMany(e => e.Citations.Select(c => (Event: e, Citation: c)))
                .Concat(events.Comparisons.Select(c => ((TimelineEventRecord?)null, c.Citation))!)
                .Where(x => x.Citation.Outlet.Key == outlet.Key)
                .DistinctBy(x => x.Citation.Url);
            foreach (var (e, citation) in citations)
            {
                var date = citation.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? localizer["DateNotGiven"];
                var via = citation.Via is null ? "" : $" ({localizer["Since.Via"]} {citation.Via})";
                text.AppendLine($"- {date}{via}: {citation.Url}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static IEnumerable<string?[]> Rows(EventCatalog events, CultureInfo culture)
    {
        foreach (var e in events.Events)
        {
            string?[] Row(EventAmountRecord? amount, OutletCitationRecord? citation, CitedValueRecord? value) =>
            [
                e.Key, e.Date, e.Precision, e.Kind, e.Origin, e.IsFromArticle ? "false" : "true", e.Scope, e.Summary.In(culture),
                string.Join(" ", e.FigureKeys),
                amount?.Key, amount?.Label.In(culture), amount?.Role, amount is null ? null : Number(amount.Value), amount?.Currency,
                amount is null ? null : Bool(amount.Approximate), amount?.Period.In(culture),
                citation?.Outlet.Name.In(culture), citation?.Via, citation?.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                citation?.Url, citation?.Language, citation?.Headline,
                value is null ? null : Number(value.Value), value?.Currency, value is null ? null : Bool(value.Approximate), value?.Qualifier,
                value is null ? null : Bool(value.Converted), value?.KrwPerUsd is { } rate ? Number(rate) : null,
            ];

            if (e.Citations.Count == 0)
            {
                yield return Row(null, null, null);
            }

            foreach (var citation in e.Citations)
            {
                if (citation.Values.Count == 0)
                {
                    yield return Row(null, citation, null);
                }

                foreach (var value in citation.Values)
                {
                    yield return Row(e.Amounts.First(a => a.Key == value.AmountKey), citation, value);
                }
            }
        }
    }

    private static object ToJson(EventCatalog events) => new
    {
        note = new LocalizedText(
            "기사 이후의 보도입니다. 원문 기사(2023-10-12)의 수치가 아니며, 금액은 각 매체가 보도한 그대로입니다.",
            "Reported after the article; not from the original article (2023-10-12). Amounts are as each outlet reported them."),
        pageRate = events.PageRate,
        outlets = events.Outlets,
        events = events.Events.Select(e => new
        {
            e.Key,
            e.Origin,
            notFromOriginalArticle = !e.IsFromArticle,
            e.Scope,
            e.Date,
            e.Precision,
            e.Kind,
            e.Summary,
            period = e.Period is null ? null : new { from = e.PeriodFrom, to = e.PeriodTo, text = e.Period },
            figures = e.FigureKeys,
            amounts = e.Amounts.Select(a => new
            {
                a.Key,
                a.Role,
                a.Label,
                a.Value,
                a.Currency,
                a.Approximate,
                a.Qualifier,
                period = new { from = a.PeriodFrom, to = a.PeriodTo, text = a.Period },
                a.PartOf,
                a.SameAs,
                a.Overlap,
            }),
            citations = e.Citations,
            notes = e.Notes,
            disagreements = e.Disagreements.Select(d => d.Key),
        }),
        disagreements = events.Disagreements,
        comparisons = events.Comparisons,
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
