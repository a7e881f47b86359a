namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>A chart definition with its figures resolved: <c>Cells[series][category]</c>.</summary>
public sealed record ChartRecord(
    string Key,
    string Kind,
    LocalizedText Title,
    LocalizedText Subtitle,
    LocalizedText Takeaway,
    LocalizedText? Note,
    string Unit,
    string Sort,
    IReadOnlyList<ChartCategoryRecord> Categories,
    IReadOnlyList<ChartSeriesRecord> Series)
{
    /// <summary>Every figure the chart draws, each once.</summary>
    public IEnumerable<FigureRecord> Figures => Series.SelectMany(s => s.Figures).DistinctBy(f => f.Key);
}

public sealed record ChartCategoryRecord(LocalizedText Label, bool Highlight);

public sealed record ChartSeriesRecord(LocalizedText Label, IReadOnlyList<FigureRecord> Figures);
