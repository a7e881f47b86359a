using AwsKoreaDashboard.Web.Catalog;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Since;

/// <summary>
/// The "since the article" chart: one range bar per commitment over the years it covers, with its amount at the
/// bar's end. Each amount is its source's own; none is added to another. Usable by the page and by decks.
/// </summary>
public sealed class CommitmentPeriodsChart(FigurePresenter figures, EventPresenter events, IStringLocalizer localizer)
{
    public const string Key = "since-commitments";

    /// <summary>Article events (their own figures) and charted follow-up amounts, in timeline order.</summary>
    public IReadOnlyList<CommitmentPeriodRow> Rows()
    {
        var rows = new List<CommitmentPeriodRow>();
        foreach (var e in events.Events.Events)
        {
            if (e.IsFromArticle && e.PeriodFrom is { } from && e.PeriodTo is { } to)
            {
                // The article's own number where it gives one in this currency, else its conversion at the article's rate, marked.
                var inCurrency = e.FigureKeys.Select(k => figures.Catalog.Figure(k)).OfType<FigureRecord>().Select(figures.Show).Where(v => v.Unit == events.Currency).ToList();
                var own = inCurrency.Where(v => !v.IsConverted).ToList();
                var converted = own.Count == 0;
                var amount = string.Join(" · ", (converted ? inCurrency : own).Select(v => v.Text).Distinct());
                amount = converted ? events.Converted.Label(amount) : amount;
                rows.Add(new CommitmentPeriodRow($"{localizer["Since.ArticleRow"]} ({events.Text(e.Period!)})", from, to, amount, converted, localizer["Since.FromArticle"], false, e.Key));
            }

            foreach (var shown in e.Amounts.Where(a => a.IsCharted).Select(a => events.Show(a, e)))
            {
                rows.Add(new CommitmentPeriodRow(events.Text(shown.Amount.Label), shown.Amount.PeriodFrom!.Value, shown.Amount.PeriodTo!.Value, shown.ConvertedAtPageRate ? events.Converted.Label(shown.Text) : shown.Text, shown.ConvertedAtPageRate || shown.ConvertedByOutlets, localizer["Since.NotFromArticleShort"], true, e.Key));
            }
        }

        return rows;
    }

    /// <summary>
    /// What wwwroot/js/charts.js draws: a "period" chart, a range chart of years whose ticks are the years and
    /// whose amounts are lines of the bars' labels (never written on or beside a bar, where they collided).
    /// </summary>
    public ChartPayload Payload(IReadOnlyList<CommitmentPeriodRow> rows)
    {
        var language = events.Language;
        return new ChartPayload(
            Key,
            "period",
            language,
            events.Currency,
            localizer["Since.ChartTitle"],
            localizer["Since.ChartSubtitle"],
            localizer["Since.ChartTakeaway"],
            SourceLine(rows),
            ExportFileName.For(Key, language),
            rows.Select(r => r.Label).ToList(),
            rows.Select(r => r.FollowUp).ToList(),
            [
                // The range chart's arrow runs from the second series to the first: from the start of the period to its end.
                new ChartPayloadSeries(localizer["Table.Period"], rows.Select(r => (double)r.To).ToList(), rows.Select(r => r.Amount).ToList()),
                new ChartPayloadSeries(localizer["Table.Period"], rows.Select(r => (double)r.From).ToList(), rows.Select(r => r.From.ToString(events.Culture)).ToList()),
            ],
            new ChartAxis(1, "", "", rows.Min(r => r.From) - 1, rows.Max(r => r.To) + 1));
    }

    /// <summary>
    /// The line under the chart wherever it goes (the page, a slide, an image, a deck, an embed), so it names its
    /// sources itself: the article for its own figures, then for each later bar the outlets whose value it shows,
    /// with the date of each report (the page's timeline lists every report).
    /// </summary>
    public string SourceLine(IReadOnlyList<CommitmentPeriodRow> rows)
    {
        var later = rows.Where(r => r.FollowUp).Select(r => r.EventKey).Distinct()
            .Select(key => events.Events.Events.First(e => e.Key == key))
            .SelectMany(e => e.Amounts.Where(a => a.IsCharted).SelectMany(a => ShownFrom(a, e)))
            .Select(c => $"{events.Text(c.Outlet.Name)} {events.Date(c.PublishedOn)}".TrimEnd())
            .Distinct()
            .ToList();
        return later.Count == 0
            ? localizer["Since.SourceLineArticle"].Value
            : localizer["Since.SourceLine", string.Join(", ", later)].Value;
    }

    /// <summary>
    /// The reports whose value a bar shows, as <see cref="EventPresenter.Show"/> chose it: each outlet that gave
    /// the amount in the reader's currency itself (their values stand side by side on the bar), otherwise the first
    /// outlet that stated it.
    /// </summary>
    private IEnumerable<OutletCitationRecord> ShownFrom(EventAmountRecord amount, TimelineEventRecord owner)
    {
        var shown = events.Show(amount, owner);
        var outlets = shown.ConvertedByOutlets ? shown.OutletConversions.Select(v => v.Outlet).DistinctBy(o => o.Key) : shown.StatedBy.Take(1);
        return outlets.Select(o => owner.Citations.First(c => c.Outlet.Key == o.Key && c.Values.Any(v => v.AmountKey == amount.Key)));
    }

    /// <summary>
    /// What the converted amounts were converted at, for the lines under the chart (slides, decks, the image): the
    /// article's figures at the article's implied rate; later amounts as their outlet converted them, else at the
    /// page's rate. Each part only where a row shows such an amount; null when none does.
    /// </summary>
    public string? RateLine(IReadOnlyList<CommitmentPeriodRow> rows)
    {
        var lines = new List<string>();
        if (rows.Any(r => !r.FollowUp && r.Converted) && figures.Catalog.Figure(FigurePresenter.ExchangeRateKey) is { } articleRate)
        {
            lines.Add(localizer["Since.ArticleRate", articleRate.Format(events.Culture)].Value);
        }

        if (rows.Any(r => r.FollowUp && r.Converted) && events.Events.PageRate is { } pageRate)
        {
            lines.Add(localizer["Present.SinceRate", events.Rate(pageRate.KrwPerUsd), events.Text(pageRate.Outlet.Name), events.Date(pageRate.StatedOn)].Value);
        }

        return lines.Count == 0 ? null : string.Join(" ", lines);
    }

    /// <summary>A sentence a screen reader reads instead of the drawing: every bar, its years, amount and origin.</summary>
    public string AltText(IReadOnlyList<CommitmentPeriodRow> rows) =>
        $"{localizer["ChartKind.range"]}. {localizer["Since.ChartTitle"]}. " +
        string.Join("; ", rows.Select(r => $"{r.Label}: {r.From}–{r.To}, {r.Amount} ({r.Origin})")) + ".";
}
