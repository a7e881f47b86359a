using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Charting;
using AwsKoreaDashboard.Web.Formatting;
using AwsKoreaDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Pages;

/// <summary>
/// /since: what happened after the article, as a cited timeline. Follow-ups are never the article's figures;
/// where outlets disagree every value is shown; amounts that overlap or may overlap are never added up.
/// </summary>
public sealed class SinceModel(ReaderCharts charts, EventCatalogReader events, ReaderSettings settings, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string ChartKey = "since-commitments";

    public EventPresenter Events { get; private set; } = null!;

    public FigurePresenter Figures { get; private set; } = null!;

    public IReadOnlyList<EventView> Timeline { get; private set; } = [];

    public IReadOnlyList<PeriodRow> PeriodRows { get; private set; } = [];

    public ChartPayload Chart { get; private set; } = null!;

    public string ChartAltText { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await charts.PresenterAsync(cancellationToken);
        var catalog = await events.ReadAsync(cancellationToken);
        Events = new EventPresenter(catalog, settings.Culture, settings.Currency);
        Timeline = catalog.Events.Select(e => new EventView(
                e,
                e.Amounts.Select(a => Events.Show(a, e)).ToList(),
                e.FigureKeys.Select(k => Figures.Catalog.Figure(k)).OfType<FigureRecord>().Select(Figures.Show).ToList()))
            .ToList();
        PeriodRows = BuildPeriodRows(Timeline);
        Chart = BuildChart(PeriodRows);
        ChartAltText = $"{localizer["ChartKind.range"]}. {localizer["Since.ChartTitle"]}. " +
            string.Join("; ", PeriodRows.Select(r => $"{r.Label}: {r.From}–{r.To}, {r.Amount} ({r.Origin})")) + ".";
    }

    /// <summary>One bar per commitment and its period; each keeps its own amount, none is added to another.</summary>
    private List<PeriodRow> BuildPeriodRows(IReadOnlyList<EventView> timeline)
    {
        var rows = new List<PeriodRow>();
        foreach (var view in timeline)
        {
            var e = view.Event;
            if (e.IsFromArticle && e.PeriodFrom is { } from && e.PeriodTo is { } to)
            {
                // The article's own number where it gives one in this currency, else its conversion at the article's rate, marked.
                var inCurrency = view.ArticleFigures.Where(v => v.Unit == settings.Currency).ToList();
                var own = inCurrency.Where(v => !v.IsConverted).ToList();
                var shown = own.Count > 0 ? own : inCurrency;
                var converted = own.Count == 0;
                var amount = string.Join(" · ", shown.Select(v => v.Text).Distinct()) + (converted ? $" ({localizer["Since.ConvertedMark"]})" : "");
                rows.Add(new PeriodRow($"{localizer["Since.ArticleRow"]} ({Figures.Text(e.Period!)})", from, to, amount, converted, localizer["Since.FromArticle"], false, e.Key));
            }

            foreach (var shown in view.Amounts.Where(a => a.Amount.IsCharted))
            {
                var note = shown.ConvertedAtPageRate ? $" ({localizer["Since.ConvertedMark"]})" : "";
                rows.Add(new PeriodRow(Events.Text(shown.Amount.Label), shown.Amount.PeriodFrom!.Value, shown.Amount.PeriodTo!.Value, shown.Text + note, shown.ConvertedAtPageRate, localizer["Since.NotFromArticleShort"], true, e.Key));
            }
        }

        return rows;
    }

    private ChartPayload BuildChart(IReadOnlyList<PeriodRow> rows)
    {
        var language = settings.Language;
        var title = localizer["Since.ChartTitle"].Value;
        var labels = rows.Select(r => r.Label).ToList();
        return new ChartPayload(
            ChartKey,
            "range",
            language,
            settings.Currency,
            title,
            localizer["Since.ChartSubtitle"],
            localizer["Since.ChartTakeaway"],
            localizer["Since.SourceLine"],
            ExportFileName.For(ChartKey, language),
            labels,
            rows.Select(r => r.FollowUp).ToList(),
            [
                new ChartPayloadSeries(localizer["Table.Period"], rows.Select(r => (double)r.From).ToList(), rows.Select(r => r.From.ToString(settings.Culture)).ToList()),
                new ChartPayloadSeries(localizer["Table.Period"], rows.Select(r => (double)r.To).ToList(), rows.Select(r => $"{r.To.ToString(settings.Culture)} · {r.Amount}").ToList()),
            ],
            new ChartAxis(1, "", "", rows.Min(r => r.From) - 1, rows.Max(r => r.To) + 1));
    }

    /// <summary>An event with its amounts in the reader's currency, or the article's own figures it points at.</summary>
    public sealed record EventView(TimelineEventRecord Event, IReadOnlyList<ShownAmount> Amounts, IReadOnlyList<ShownValue> ArticleFigures);

    /// <summary>One bar of the periods chart and one row of its table.</summary>
    public sealed record PeriodRow(string Label, int From, int To, string Amount, bool Converted, string Origin, bool FollowUp, string EventKey);
}
