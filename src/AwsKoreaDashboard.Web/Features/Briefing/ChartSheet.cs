
namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// A chart's data as the rows and columns of its embedded workbook: column A holds the categories, each
/// further column a series. The chart's series point at these cells and cache the same values, so what
/// PowerPoint draws and what "Edit Data" opens agree.
/// </summary>
internal sealed record ChartSheet(string CategoryHeader, IReadOnlyList<string> Categories, IReadOnlyList<bool> Highlight, IReadOnlyList<SheetColumn> Columns)
{
    public const string SheetName = "Sheet1";

    public int RowCount => Categories.Count;

    public static string ColumnLetter(int column) => ((char)('B' + column)).ToString();

    public string HeaderReference(int column) => $"{SheetName}!${ColumnLetter(column)}$1";

    public string ValuesReference(int column) => $"{SheetName}!${ColumnLetter(column)}$2:${ColumnLetter(column)}${RowCount + 1}";

    public string CategoriesReference => $"{SheetName}!$A$2:$A${RowCount + 1}";

    /// <summary>
    /// The sheet for a chart as the page draws it. Bars keep the page's order and texts; a 100% stack keeps
    /// the raw shares; a range is drawn as floating bars: an invisible start, the move itself, and an
    /// invisible rest up to the axis end that carries the end label.
    /// </summary>
    public static ChartSheet For(ChartView view, BriefingWords words)
    {
        var categories = view.Rows.Select(r => r.Label).ToList();
        var highlight = view.Rows.Select(r => r.Highlight).ToList();
        var item = words.Language == "ko" ? "항목" : "Item";
        if (view.Chart.Kind == "range")
        {
            // The bar runs from the lower to the higher value whichever series holds it (2025 → 2030 here).
            var low = view.Rows.Select(r => r.Cells.Take(2).MinBy(c => c.Value)!).ToList();
            var high = view.Rows.Select(r => r.Cells.Take(2).MaxBy(c => c.Value)!).ToList();
            var axisEnd = view.Payload.Axis.Max ?? high.Max(c => c.Value);
            return new ChartSheet(item, categories, highlight,
            [
                new SheetColumn(view.SeriesLabels[0], low.Select(c => c.Value).ToList(), low.Select(c => c.Text).ToList(), ColumnRole.RangeStart),
                new SheetColumn($"{view.SeriesLabels[1]} − {view.SeriesLabels[0]}", high.Select((c, i) => c.Value - low[i].Value).ToList(), [], ColumnRole.RangeBar),
                new SheetColumn(words.AxisEnd, high.Select(c => Math.Max(0, axisEnd - c.Value)).ToList(), high.Select(c => c.Text).ToList(), ColumnRole.RangeRest),
                new SheetColumn(view.SeriesLabels[1], view.Rows.Select(r => r.Cells[1].Value).ToList(), Texts(view, 1), ColumnRole.Data),
                new SheetColumn(view.SeriesLabels[0], Texts(view, 0, words)),
                new SheetColumn(view.SeriesLabels[1], Texts(view, 1, words)),
            ]);
        }

        var role = view.Chart.Kind == "stacked-100" ? ColumnRole.Stacked : ColumnRole.Bars;
        var plotted = view.SeriesLabels.Select((label, s) => new SheetColumn(label, view.Rows.Select(r => r.Cells[s].Value).ToList(), Texts(view, s), role));
        var shown = view.SeriesLabels.Select((label, s) => new SheetColumn(label, Texts(view, s, words)));
        return new ChartSheet(item, categories, highlight, [.. plotted, .. shown]);
    }

    /// <summary>
    /// The sheet of the since-the-article chart: one floating bar per commitment over its years (an invisible
    /// start, then the years it covers). As on the page, the years are the axis's ticks and each bar's amount
    /// (as /since shows it, converted amounts marked) is a line of its own under the bar's label, never text
    /// squeezed inside the bar. The amounts stay text: outlets' amounts are never one series to be added up.
    /// </summary>
    public static ChartSheet ForSince(BriefingSinceSlide slide)
    {
        var rows = slide.Chart.Rows;
        return new ChartSheet(slide.ItemHeader, rows.Select(r => $"{r.Label}\n{r.Amount}").ToList(), rows.Select(r => r.FollowUp).ToList(),
        [
            new SheetColumn(slide.FromHeader, rows.Select(r => (double)r.From).ToList(), [], ColumnRole.RangeStart),
            new SheetColumn($"{slide.ToHeader} − {slide.FromHeader}", rows.Select(r => (double)(r.To - r.From)).ToList(), [], ColumnRole.PeriodBar),
            new SheetColumn(slide.ToHeader, rows.Select(r => (double)r.To).ToList(), [], ColumnRole.Data),
            new SheetColumn(slide.AmountHeader, rows.Select(r => r.Amount).ToList()),
            new SheetColumn(slide.OriginHeader, rows.Select(r => r.Origin).ToList()),
        ]);
    }

    /// <summary>The values as the page's chart labels them, a converted amount with its short mark (<see cref="Formatting.ConvertedMark.OnChart"/>).</summary>
    private static List<string> Texts(ChartView view, int series) => view.Payload.Series[series].Texts.ToList();

    /// <summary>The values as the page's table shows them: a converted amount says so.</summary>
    private static List<string> Texts(ChartView view, int series, BriefingWords words) =>
        view.Rows.Select(r => r.Cells[series] is { IsConverted: true } cell ? words.Converted.Label(cell.Text) : r.Cells[series].Text).ToList();
}

/// <summary>What a sheet column is to the chart.</summary>
internal enum ColumnRole
{
    /// <summary>Numbers kept in the sheet, not drawn.</summary>
    Data,

    /// <summary>Text kept in the sheet (the values as the page writes them), not drawn.</summary>
    Text,

    /// <summary>One bar per category: Korea highlighted, the rest neutral.</summary>
    Bars,

    /// <summary>A segment of a 100% stack, in its series colour.</summary>
    Stacked,

    /// <summary>The invisible segment a floating bar starts after; carries the start label.</summary>
    RangeStart,

    /// <summary>The floating bar itself.</summary>
    RangeBar,

    /// <summary>The invisible rest up to the axis end; carries the end label.</summary>
    RangeRest,

    /// <summary>A floating bar over a commitment's years (the since chart); its amount is in its category's label.</summary>
    PeriodBar,
}

/// <summary>One column of a chart's sheet: a header and numbers (with their labels) or texts.</summary>
internal sealed record SheetColumn(string Header, IReadOnlyList<double>? Values, IReadOnlyList<string> Labels, ColumnRole Role)
{
    public SheetColumn(string header, IReadOnlyList<string> texts)
        : this(header, null, texts, ColumnRole.Text)
    {
    }

    public bool IsPlotted => Role is not (ColumnRole.Data or ColumnRole.Text);
}
