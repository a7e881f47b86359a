namespace AwsKoreaDashboard.Web.Data;

/// <summary>A chart definition: categories by series, each cell one figure. Charts are data, not code.</summary>
public sealed class Chart
{
    public required string Key { get; set; }
    public required string Kind { get; set; }
    public required string TitleKo { get; set; }
    public required string TitleEn { get; set; }
    public required string SubtitleKo { get; set; }
    public required string SubtitleEn { get; set; }
    public required string TakeawayKo { get; set; }
    public required string TakeawayEn { get; set; }
    public string? NoteKo { get; set; }
    public string? NoteEn { get; set; }
    public required string Unit { get; set; }
    public string Sort { get; set; } = "none";
    public int Position { get; set; }
    public List<ChartCategory> Categories { get; set; } = [];
    public List<ChartSeries> Series { get; set; } = [];
    public List<ChartCell> Cells { get; set; } = [];
}

public sealed class ChartCategory
{
    public required string ChartKey { get; set; }
    public int Position { get; set; }
    public required string LabelKo { get; set; }
    public required string LabelEn { get; set; }
    public bool Highlight { get; set; }
}

public sealed class ChartSeries
{
    public required string ChartKey { get; set; }
    public int Position { get; set; }
    public required string LabelKo { get; set; }
    public required string LabelEn { get; set; }
}

public sealed class ChartCell
{
    public required string ChartKey { get; set; }
    public int SeriesPosition { get; set; }
    public int CategoryPosition { get; set; }
    public required string FigureKey { get; set; }
}
