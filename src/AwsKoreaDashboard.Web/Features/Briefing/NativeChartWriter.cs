using System.Xml.Linq;
using static AwsKoreaDashboard.Web.Features.Briefing.OfficeXml;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// The chart part of one chart slide (DrawingML chart XML): a native bar chart that PowerPoint draws from
/// the values cached here, its series pointing at the cells of the embedded workbook. Value labels are the
/// page's own texts (so "약 7.85조 원" stays as written), Korea is in the highlight colour.
/// </summary>
internal static class NativeChartWriter
{
    private const int CategoryAxisId = 111111111;
    private const int ValueAxisId = 222222222;
    private const int LabelSize = 1400;
    private const int AxisSize = 1200;
    private const int MinSegmentLabelSize = 1000;

    /// <summary>Points of the chart frame's width that are neither plot nor category labels: the chart's insets and the tick-label gap.</summary>
    private const double PlotMargins = 24;

    public static XElement ChartSpace(ChartView view, ChartSheet sheet, string languageTag, string workbookRelationshipId) =>
        ChartSpace(view.Chart.Kind, view.Payload.Axis, view.Values.Select(v => v.Value).DefaultIfEmpty(0).Max(), sheet, languageTag, workbookRelationshipId);

    /// <summary>A chart drawn from a sheet: bars of a kind, on an axis as the page writes its ticks.</summary>
    public static XElement ChartSpace(string kind, ChartAxis axis, double largest, ChartSheet sheet, string languageTag, string workbookRelationshipId)
    {
        var horizontal = kind != "bar";
        var stacked = kind is "stacked-100" or "range";
        var plotted = sheet.Columns.Select((column, index) => (column, index)).Where(c => c.column.IsPlotted).ToList();

        var barChart = new XElement(C + "barChart",
            Val(C + "barDir", horizontal ? "bar" : "col"),
            Val(C + "grouping", kind == "stacked-100" ? "percentStacked" : stacked ? "stacked" : "clustered"),
            Val(C + "varyColors", false),
            plotted.Select((p, order) => Series(p.column, p.index, order, sheet, languageTag)),
            // Chart.js caps a bar's thickness; PowerPoint sizes bars by the gap between them, so fewer bars get wider gaps.
            Val(C + "gapWidth", sheet.RowCount switch { 1 => 400, 2 => horizontal ? 150 : 100, _ => 60 }),
            stacked ? Val(C + "overlap", 100) : null,
            Val(C + "axId", CategoryAxisId),
            Val(C + "axId", ValueAxisId));

        var plotArea = new XElement(C + "plotArea",
            new XElement(C + "layout"),
            barChart,
            CategoryAxis(horizontal, languageTag),
            ValueAxis(kind, axis, largest, horizontal, languageTag),
            new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))));

        return new XElement(C + "chartSpace",
            Val(C + "date1904", false),
            Val(C + "lang", languageTag),
            Val(C + "roundedCorners", false),
            new XElement(C + "chart",
                Val(C + "autoTitleDeleted", true),
                plotArea,
                kind == "stacked-100" ? Legend(languageTag) : null,
                Val(C + "plotVisOnly", true),
                Val(C + "dispBlanksAs", "gap")),
            new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))),
            TextProperties(AxisSize, DeckPalette.Text, languageTag),
            new XElement(C + "externalData", new XAttribute(R + "id", workbookRelationshipId), Val(C + "autoUpdate", false)));
    }

    private static XElement Series(SheetColumn column, int columnIndex, int order, ChartSheet sheet, string languageTag)
    {
        var invisible = column.Role is ColumnRole.RangeStart or ColumnRole.RangeRest;
        var fill = column.Role switch
        {
            ColumnRole.Stacked => DeckPalette.Series(order),
            _ => DeckPalette.Neutral,
        };
        var points = column.Role switch
        {
            ColumnRole.Bars or ColumnRole.RangeBar or ColumnRole.PeriodBar => sheet.Highlight.Select((h, i) => Point(i, Shape(ChartPalette.Bar(h), null))),
            ColumnRole.Stacked => sheet.Highlight.Select((h, i) => h ? Point(i, Shape(fill, DeckPalette.Highlight)) : null),
            _ => [],
        };

        return new XElement(C + "ser",
            Val(C + "idx", order),
            Val(C + "order", order),
            new XElement(C + "tx", new XElement(C + "strRef",
                new XElement(C + "f", sheet.HeaderReference(columnIndex)),
                new XElement(C + "strCache", Val(C + "ptCount", 1), new XElement(C + "pt", new XAttribute("idx", 0), new XElement(C + "v", column.Header))))),
            invisible ? new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))) : Shape(fill, null),
            Val(C + "invertIfNegative", false),
            points,
            Labels(column, sheet, languageTag),
            new XElement(C + "cat", new XElement(C + "strRef",
                new XElement(C + "f", sheet.CategoriesReference),
                new XElement(C + "strCache", Val(C + "ptCount", sheet.RowCount),
                    sheet.Categories.Select((label, i) => new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", label)))))),
            new XElement(C + "val", new XElement(C + "numRef",
                new XElement(C + "f", sheet.ValuesReference(columnIndex)),
                new XElement(C + "numCache",
                    new XElement(C + "formatCode", "General"),
                    Val(C + "ptCount", sheet.RowCount),
                    column.Values!.Select((value, i) => new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", Invariant(value))))))));
    }

    private static XElement Point(int index, XElement shape) =>
        new(C + "dPt", Val(C + "idx", index), Val(C + "invertIfNegative", false), Val(C + "bubble3D", false), shape);

    private static XElement Shape(string fill, string? outline) =>
        new(C + "spPr", Solid(fill), outline is null
            ? new XElement(A + "ln", new XElement(A + "noFill"))
            : new XElement(A + "ln", new XAttribute("w", 3 * EmuPerPoint), Solid(outline)));

    /// <summary>
    /// Each bar labelled with the page's text: at the bar's end, inside a stacked segment, or for a range
    /// the start before the bar and the end after it (on the invisible segments around it).
    /// </summary>
    private static XElement? Labels(SheetColumn column, ChartSheet sheet, string languageTag)
    {
        var (position, color) = column.Role switch
        {
            ColumnRole.Bars => ("outEnd", DeckPalette.Text),
            ColumnRole.Stacked => ("ctr", DeckPalette.OnSeries),
            ColumnRole.RangeStart => ("inEnd", DeckPalette.Text),
            ColumnRole.RangeRest => ("inBase", DeckPalette.Text),
            _ => ((string?)null, DeckPalette.Text),
        };
        if (position is null || column.Labels.Count == 0)
        {
            return null;
        }

        return new XElement(C + "dLbls",
            column.Labels.Select((text, i) => new XElement(C + "dLbl",
                Val(C + "idx", i),
                new XElement(C + "tx", new XElement(C + "rich",
                    OneLine(),
                    new XElement(A + "p", new XElement(A + "r",
                        new XElement(A + "rPr", new XAttribute("lang", languageTag), new XAttribute("sz", column.Role == ColumnRole.Stacked ? SegmentLabelSize(column, sheet, i) : LabelSize), new XAttribute("b", 1)),
                        new XElement(A + "t", text))))),
                Val(C + "dLblPos", position),
                Flags())),
            new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))),
            TextProperties(LabelSize, color, languageTag, bold: true, oneLine: true),
            Val(C + "dLblPos", position),
            Flags());
    }

    /// <summary>
    /// A stacked segment's label at the largest size, from the labels' 14 pt down to 10 pt, that fits inside its
    /// segment with 3 pt either side, measured generously (<see cref="TextMeasure"/>). The chart's plot is the chart
    /// frame less the category labels and the chart's own margins, as PowerPoint and LibreOffice lay it out; a label
    /// wider than its segment runs over the next one or past the bar's end ("about 10%" filled its whole segment).
    /// </summary>
    private static int SegmentLabelSize(SheetColumn column, ChartSheet sheet, int row)
    {
        var text = column.Labels[row];
        var total = sheet.Columns.Where(c => c.Role == ColumnRole.Stacked).Sum(c => c.Values![row]);
        var share = total > 0 ? column.Values![row] / total : 1;
        var categories = sheet.Categories.Max(c => TextMeasure.Ems(c)) * LabelSize / 100.0;
        var plot = (SlideBoxes.Chart.Width / (double)TextMeasure.EmuPerPoint) - categories - PlotMargins;
        var size = LabelSize;
        while (size > MinSegmentLabelSize && (TextMeasure.Ems(text) * size / 100.0) + 6 > share * plot)
        {
            size -= 100;
        }

        return size;
    }

    private static IEnumerable<XElement> Flags() =>
    [
        Val(C + "showLegendKey", false), Val(C + "showVal", true), Val(C + "showCatName", false),
        Val(C + "showSerName", false), Val(C + "showPercent", false), Val(C + "showBubbleSize", false),
    ];

    private static XElement CategoryAxis(bool horizontal, string languageTag) =>
        new(C + "catAx",
            Val(C + "axId", CategoryAxisId),
            // Chart.js draws the first category at the top of a horizontal bar chart, PowerPoint at the bottom.
            new XElement(C + "scaling", Val(C + "orientation", horizontal ? "maxMin" : "minMax")),
            Val(C + "delete", false),
            Val(C + "axPos", horizontal ? "l" : "b"),
            NumberFormat("General", sourceLinked: true),
            Val(C + "majorTickMark", "none"),
            Val(C + "minorTickMark", "none"),
            Val(C + "tickLblPos", "nextTo"),
            new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", EmuPerPoint), Solid(DeckPalette.Grid))),
            TextProperties(LabelSize, DeckPalette.Text, languageTag),
            Val(C + "crossAx", ValueAxisId),
            Val(C + "crosses", "autoZero"),
            Val(C + "auto", true),
            Val(C + "lblAlgn", "ctr"),
            Val(C + "lblOffset", 100),
            Val(C + "noMultiLvlLbl", false));

    private static XElement ValueAxis(string kind, ChartAxis axis, double largest, bool horizontal, string languageTag)
    {
        var percentStack = kind == "stacked-100";
        var format = AxisFormat(axis);
        var step = axis.Divisor == 1e8 ? HundredMillionStep(largest) : (double?)null;
        return new XElement(C + "valAx",
            Val(C + "axId", ValueAxisId),
            new XElement(C + "scaling",
                Val(C + "orientation", "minMax"),
                !percentStack && axis.Max is { } max ? Val(C + "max", max) : null,
                !percentStack && axis.Min is { } min ? Val(C + "min", min) : null),
            Val(C + "delete", false),
            Val(C + "axPos", horizontal ? "b" : "l"),
            new XElement(C + "majorGridlines", new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", EmuPerPoint), Solid(DeckPalette.Grid)))),
            NumberFormat(percentStack ? "0%" : format ?? "General", sourceLinked: false),
            Val(C + "majorTickMark", "none"),
            Val(C + "minorTickMark", "none"),
            Val(C + "tickLblPos", format is null && !percentStack ? "none" : "nextTo"),
            new XElement(C + "spPr", new XElement(A + "ln", new XElement(A + "noFill"))),
            TextProperties(AxisSize, DeckPalette.Muted, languageTag),
            Val(C + "crossAx", CategoryAxisId),
            // With the categories reversed, the value axis crosses at the last one: the bottom.
            Val(C + "crosses", horizontal ? "max" : "autoZero"),
            Val(C + "crossBetween", "between"),
            step is { } unit ? Val(C + "majorUnit", unit) : null);
    }

    /// <summary>
    /// A tick step for an axis in 억 (10⁸): number formats only divide by thousands, so ticks fall on whole
    /// 10억 (10⁹) and the format writes the last zero itself (see <see cref="AxisFormat"/>).
    /// </summary>
    private static double HundredMillionStep(double max)
    {
        var raw = Math.Max(max / 5, 1e9);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return new[] { 1d, 2d, 5d, 10d }.Select(m => m * magnitude).First(step => step >= raw);
    }

    /// <summary>The page's tick format (value ÷ divisor, prefix, suffix) as a number format, where one exists.</summary>
    private static string? AxisFormat(ChartAxis axis)
    {
        if (axis.Divisor == 1e8)
        {
            // 10억 steps: divide by 10⁹ and append the zero, so 2×10¹⁰ reads 200억 as on the page.
            return WithZero($"{Quote(axis.Prefix)}#,##0,,,\"0{axis.Suffix}\"", axis);
        }

        var scale = axis.Divisor switch
        {
            1d => "",
            1e3 => ",",
            1e6 => ",,",
            1e9 => ",,,",
            1e12 => ",,,,",
            _ => null,
        };
        if (scale is null)
        {
            return null;
        }

        if (axis.Divisor == 1 && axis.Prefix == "" && axis.Suffix == "")
        {
            return "0";
        }

        return WithZero($"{Quote(axis.Prefix)}#,##0{scale}{Quote(axis.Suffix)}", axis);
    }

    /// <summary>
    /// positive;negative;zero, with the zero tick as the page writes it: zero is zero in any unit ("$0", "₩0", "0",
    /// never "$0B" or "0조").
    /// </summary>
    private static string WithZero(string positive, ChartAxis axis) => $"{positive};-{positive};{Quote(axis.Prefix)}\"0\"";

    private static string Quote(string text) => text == "" ? "" : $"\"{text}\"";

    private static XElement Legend(string languageTag) =>
        new(C + "legend",
            Val(C + "legendPos", "t"),
            Val(C + "overlay", false),
            TextProperties(LabelSize, DeckPalette.Text, languageTag));

    /// <summary>
    /// A value label's text body: on one line, as the page and the web slide draw it. Left to wrap, LibreOffice broke
    /// "약 5,450억 원 (환산)" after the amount, and PowerPoint wraps a label at a width of its own choosing.
    /// </summary>
    private static XElement OneLine() => new(A + "bodyPr", new XAttribute("wrap", "none"));

    private static XElement TextProperties(int size, string color, string languageTag, bool bold = false, bool oneLine = false) =>
        new(C + "txPr",
            oneLine ? OneLine() : new XElement(A + "bodyPr"),
            new XElement(A + "lstStyle"),
            new XElement(A + "p",
                new XElement(A + "pPr", new XElement(A + "defRPr",
                    new XAttribute("lang", languageTag), new XAttribute("sz", size), new XAttribute("b", bold ? 1 : 0),
                    Solid(color),
                    new XElement(A + "latin", new XAttribute("typeface", "+mn-lt")),
                    new XElement(A + "ea", new XAttribute("typeface", "+mn-ea")),
                    new XElement(A + "cs", new XAttribute("typeface", "+mn-cs")))),
                new XElement(A + "endParaRPr", new XAttribute("lang", languageTag))));

    private static XElement NumberFormat(string code, bool sourceLinked) =>
        new(C + "numFmt", new XAttribute("formatCode", code), new XAttribute("sourceLinked", sourceLinked ? 1 : 0));
}
