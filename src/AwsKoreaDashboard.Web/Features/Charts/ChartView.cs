using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Charts;

/// <summary>One chart ready for a page: texts in the reader's language, values in their currency, the
/// rows of its data table, its text alternative and the JSON the chart script draws.</summary>
public sealed record ChartView(
    ChartRecord Chart,
    string Title,
    string Subtitle,
    string Takeaway,
    string? Note,
    string SourceLine,
    string AltText,
    IReadOnlyList<string> SeriesLabels,
    IReadOnlyList<ChartRowView> Rows,
    IReadOnlyList<FigureRecord> Evidence,
    ChartPayload Payload)
{
    public string Key => Chart.Key;

    public IEnumerable<ShownValue> Values => Rows.SelectMany(r => r.Cells);

    public bool HasConversion => Values.Any(v => v.IsConverted);

    /// <summary>The line that says at which rate converted amounts were converted, when the chart shows one.</summary>
    public string? RateLine { get; init; }

    /// <summary>The chart's note with its label ("참고: …" / "Note: …"), when it has one.</summary>
    public string? NoteLine { get; init; }

    /// <summary>A CSS class sizing the drawing area to the number of bars.</summary>
    public string SizeClass => Chart.Kind is "bar" ? "chart-area--tall" : $"chart-area--rows-{Math.Min(Rows.Count, 6)}";
}

public sealed record ChartRowView(string Label, bool Highlight, IReadOnlyList<ShownValue> Cells);

/// <summary>What wwwroot/js/charts.js needs to draw a chart, as JSON in the page.</summary>
public sealed record ChartPayload(
    string Key,
    string Kind,
    string Language,
    string Currency,
    string Title,
    string Subtitle,
    string Takeaway,
    string SourceLine,
    string FileName,
    IReadOnlyList<string> Labels,
    IReadOnlyList<bool> Highlight,
    IReadOnlyList<ChartPayloadSeries> Series,
    ChartAxis Axis);

public sealed record ChartPayloadSeries(string Label, IReadOnlyList<double> Values, IReadOnlyList<string> Texts);

/// <summary>How to write axis ticks: value / divisor with a prefix and suffix (₩…T, …억 달러, …%).</summary>
public sealed record ChartAxis(double Divisor, string Prefix, string Suffix, double? Min, double? Max);
