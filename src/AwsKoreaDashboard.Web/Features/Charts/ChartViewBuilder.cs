using AwsKoreaDashboard.Web.Catalog;
using AwsKoreaDashboard.Web.Formatting;
using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Features.Charts;

/// <summary>Turns a chart definition into a <see cref="ChartView"/> for one reader.</summary>
public sealed class ChartViewBuilder(FigurePresenter presenter, IStringLocalizer<SharedResource> localizer)
{
    public ChartView Build(ChartRecord chart)
    {
        var rows = chart.Categories
            .Select((category, c) => new ChartRowView(
                presenter.Text(category.Label),
                category.Highlight,
                chart.Series.Select(s => presenter.Show(s.Figures[c])).ToList()))
            .ToList();
        rows = chart.Sort switch
        {
            "desc" => rows.OrderByDescending(r => r.Cells[0].Value).ToList(),
            "asc" => rows.OrderBy(r => r.Cells[0].Value).ToList(),
            _ => rows,
        };

        var seriesLabels = chart.Series.Select(s => presenter.Text(s.Label)).ToList();
        var values = rows.SelectMany(r => r.Cells).ToList();
        var unit = chart.Unit == Units.Money ? presenter.Currency : chart.Unit;
        var subtitle = presenter.Text(chart.Subtitle);
        if (chart.Unit == Units.Money)
        {
            subtitle = $"{subtitle} ({localizer[$"CurrencyName.{presenter.Currency}"]})";
        }

        var title = presenter.FillTokens(chart.Title);
        var takeaway = presenter.FillTokens(chart.Takeaway);
        // A note that names an amount names it in the reader's currency, marked when converted, like the bars it explains.
        var note = chart.Note is null ? null : presenter.FillTokens(chart.Note);
        var sourceLine = presenter.SourceLine(values);
        var language = presenter.Language;
        var payload = new ChartPayload(
            chart.Key,
            chart.Kind,
            language,
            presenter.Currency,
            title,
            subtitle,
            takeaway,
            sourceLine,
            ExportFileName.For(chart.Key, language),
            rows.Select(r => r.Label).ToList(),
            rows.Select(r => r.Highlight).ToList(),
            seriesLabels.Select((label, s) => new ChartPayloadSeries(
                label,
                rows.Select(r => r.Cells[s].Value).ToList(),
                rows.Select(r => presenter.MarkedLabel(r.Cells[s])).ToList())).ToList(),
            Axis(chart.Kind, unit, values.Select(v => v.Value).DefaultIfEmpty(0).Max(), values.Select(v => v.Value).DefaultIfEmpty(0).Min()));

        return new ChartView(
            chart,
            title,
            subtitle,
            takeaway,
            note,
            sourceLine,
            AltText(chart, title, rows, seriesLabels),
            seriesLabels,
            rows,
            presenter.Evidence(values).ToList(),
            payload)
        {
            RateLine = values.FirstOrDefault(v => v.IsConverted)?.ConvertedWith is { } rate ? localizer["Converted", rate.Formatted].Value : null,
            NoteLine = note is null ? null : $"{localizer["Note"]}: {note}",
        };
    }

    /// <summary>A sentence a screen reader can read instead of the drawing: every bar and its value.</summary>
    private string AltText(ChartRecord chart, string title, IReadOnlyList<ChartRowView> rows, IReadOnlyList<string> seriesLabels)
    {
        var kind = localizer[$"ChartKind.{chart.Kind}"];
        var parts = rows.Select(row => chart.Kind switch
        {
            "range" => $"{row.Label}: {presenter.Marked(row.Cells[1])} → {presenter.Marked(row.Cells[0])}",
            _ when row.Cells.Count == 1 => $"{row.Label}: {presenter.Marked(row.Cells[0])}",
            _ => $"{row.Label}: " + string.Join(", ", row.Cells.Select((cell, s) => $"{seriesLabels[s]} {presenter.Marked(cell)}")),
        });
        return $"{kind}. {title}. {string.Join("; ", parts)}.";
    }

    private ChartAxis Axis(string kind, string unit, double max, double min)
    {
        var korean = presenter.IsKorean;
        return unit switch
        {
            Units.Krw when korean => max >= 1e12 ? new ChartAxis(1e12, "", "조", 0, null) : new ChartAxis(1e8, "", "억", 0, null),
            Units.Usd when korean => new ChartAxis(1e8, "", "억", 0, null),
            Units.Krw => max >= 1e12 ? new ChartAxis(1e12, "₩", "T", 0, null) : new ChartAxis(1e9, "₩", "B", 0, null),
            Units.Usd => max >= 1e9 ? new ChartAxis(1e9, "$", "B", 0, null) : new ChartAxis(1e6, "$", "M", 0, null),
            Units.Percent => new ChartAxis(1, "", "%", 0, 100),
            Units.Year => new ChartAxis(1, "", "", Math.Floor(min) - 2, Math.Ceiling(max) + 2),
            _ => new ChartAxis(1, "", "", kind == "range" ? null : 0, null),
        };
    }
}
