using System.Diagnostics;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// PowerPoint downloads in the reader's language and currency: every deck (/exports/decks/{deck}.pptx), a
/// reader's own selection (/exports/decks/selection.pptx?charts=a,b; unknown keys are left out) and every
/// chart on one slide (/exports/charts/{key}.pptx). Relative routes, mapped under the reader's prefix
/// (/ko/KRW/exports/…). Decks and chart files are kept by the page cache like any download; a selection,
/// the one download that reads its query string, is kept by its chart list, up to a small number of lists.
/// </summary>
public static class DeckDownloads
{
    public static IEndpointRouteBuilder MapDeckDownloads(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports");

        exports.MapGet($"/decks/{BriefingDeckReader.SelectionKey}.pptx", async (string? charts, BriefingDeckReader decks, ReaderSettings settings, ILogger<BriefingDeckReader> log, CancellationToken cancellationToken) =>
            await decks.SelectionAsync(charts, cancellationToken) is { } deck
                ? File(deck, settings, log)
                : NotFound("No chart selected", $"None of the charts '{charts}' exists."))
            .WithMetadata(PageCache.Cacheable.Selection);

        exports.MapGet("/decks/{deck}.pptx", async (string deck, BriefingDeckReader decks, ReaderSettings settings, ILogger<BriefingDeckReader> log, CancellationToken cancellationToken) =>
            await decks.DeckAsync(deck, cancellationToken) is { } found
                ? File(found, settings, log)
                : NotFound("Deck not found", $"No deck has the key '{deck}'."))
            .WithMetadata(PageCache.Cacheable.Page);

        exports.MapGet("/charts/{key}.pptx", async (string key, BriefingDeckReader decks, ReaderSettings settings, ILogger<BriefingDeckReader> log, CancellationToken cancellationToken) =>
            await decks.ChartAsync(key, cancellationToken) is { } deck
                ? File(deck, settings, log)
                : NotFound("Chart not found", $"No chart has the key '{key}'."))
            .WithMetadata(PageCache.Cacheable.Page);

        return app;
    }

    /// <summary>The file name says what, in which language and currency: aws-korea-briefing.ko.KRW.pptx.</summary>
    public static string FileName(string key, ReaderSettings settings) => $"{ExportFileName.For(key, settings.Language)}.{settings.Currency}.pptx";

    private static IResult File(BriefingDeck deck, ReaderSettings settings, ILogger log)
    {
        var started = Stopwatch.GetTimestamp();
        var content = PowerPointDeckWriter.Write(deck);
        log.LogInformation("Built the {DeckKey} deck ({Language}, {Currency}): {SlideCount} slides, {Bytes} bytes in {ElapsedMs:0} ms",
            deck.Key, settings.Language, settings.Currency, deck.SlideCount, content.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Results.File(content, PowerPointDeckWriter.ContentType, FileName(deck.Key, settings));
    }

    private static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);
}
