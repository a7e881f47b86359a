using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace AwsKoreaDashboard.IntegrationTests.Briefing;

/// <summary>A downloaded .pptx opened again with the Open XML SDK: its slides, charts, workbooks and notes.</summary>
public sealed class PowerPointFile : IDisposable
{
    private readonly PresentationDocument _document;

    public PowerPointFile(byte[] content)
    {
        Content = content;
        _document = PresentationDocument.Open(new MemoryStream(content), false);
        var presentation = _document.PresentationPart!;
        Slides = presentation.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
            .Select(id => new DeckSlide((SlidePart)presentation.GetPartById(id.RelationshipId!)))
            .ToList();
    }

    public byte[] Content { get; }

    public IReadOnlyList<DeckSlide> Slides { get; }

    public PresentationDocument Document => _document;

    /// <summary>
    /// Every error the SDK's validator finds in the deck and in each chart's embedded workbook, against the
    /// Office 2007 schema (the baseline every version reads) and the newest it knows.
    /// </summary>
    public IReadOnlyList<string> ValidationErrors()
    {
        var errors = new List<string>();
        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            var validator = new OpenXmlValidator(version);
            errors.AddRange(validator.Validate(_document).Select(e => $"{version}: {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
            foreach (var chart in Slides.Where(s => s.Chart is not null).Select(s => s.Chart!))
            {
                using var workbook = chart.OpenWorkbook();
                errors.AddRange(validator.Validate(workbook).Select(e => $"{version}: workbook of {chart.Part.Uri} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
            }
        }

        return errors;
    }

    public void Dispose() => _document.Dispose();
}

/// <summary>One slide: its layout, text runs, chart (if any) and speaker notes.</summary>
public sealed class DeckSlide(SlidePart part)
{
    public SlidePart Part => part;

    public string LayoutName => part.SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value!;

    public IReadOnlyList<A.Run> Runs => part.Slide.Descendants<A.Run>().ToList();

    public IReadOnlyList<string> Paragraphs => part.Slide.Descendants<A.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();

    public string Text => string.Join("\n", Paragraphs);

    public string Notes => string.Join("\n", part.NotesSlidePart!.NotesSlide.Descendants<A.Paragraph>().Select(p => p.InnerText));

    public IReadOnlyList<A.Run> NoteRuns => part.NotesSlidePart!.NotesSlide.Descendants<A.Run>().ToList();

    public string? ChartKey => part.Slide.Descendants<DocumentFormat.OpenXml.Presentation.NonVisualDrawingProperties>()
        .Select(p => p.Name?.Value).FirstOrDefault(n => n?.StartsWith("Chart ", StringComparison.Ordinal) == true)?["Chart ".Length..];

    public DeckChart? Chart => part.ChartParts.SingleOrDefault() is { } chart ? new DeckChart(chart) : null;

    /// <summary>The external links (hyperlinks) of the slide.</summary>
    public IReadOnlyList<string> Links => part.HyperlinkRelationships.Select(h => h.Uri.ToString()).ToList();
}

/// <summary>A native chart: its series with their cached values and the workbook cells they point at.</summary>
public sealed class DeckChart(ChartPart part)
{
    public ChartPart Part => part;

    public IReadOnlyList<EmbeddedPackagePart> Workbooks => part.Parts.Select(p => p.OpenXmlPart).OfType<EmbeddedPackagePart>().ToList();

    public C.BarChart BarChart => part.ChartSpace.Descendants<C.BarChart>().Single();

    public IReadOnlyList<ChartSeries> Series => BarChart.Elements<C.BarChartSeries>().Select(s => new ChartSeries(
        s.SeriesText!.StringReference!.StringCache!.Descendants<C.StringPoint>().Single().InnerText,
        s.Elements<C.CategoryAxisData>().Single().StringReference!.StringCache!.Descendants<C.StringPoint>().Select(p => p.InnerText).ToList(),
        s.Elements<C.Values>().Single().NumberReference!.NumberingCache!.Descendants<C.NumericPoint>().Select(p => double.Parse(p.NumericValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        s.Elements<C.Values>().Single().NumberReference!.Formula!.Text,
        s.Elements<C.DataLabels>().SingleOrDefault()?.Elements<C.DataLabel>().Select(l => l.Descendants<A.Text>().Select(t => t.Text).FirstOrDefault() ?? "").ToList() ?? [],
        s.ChartShapeProperties?.GetFirstChild<A.NoFill>() is not null)).ToList();

    public SpreadsheetDocument OpenWorkbook()
    {
        var buffer = new MemoryStream();
        using (var stream = Workbooks.Single().GetStream())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return SpreadsheetDocument.Open(buffer, false);
    }

    /// <summary>The numbers of a range like Sheet1!$B$2:$B$4, read from the embedded workbook.</summary>
    public IReadOnlyList<double> WorkbookNumbers(string reference)
    {
        using var workbook = OpenWorkbook();
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<S.Cell>().ToDictionary(c => c.CellReference!.Value!);
        var range = reference.Split('!')[1].Replace("$", "").Split(':');
        var column = range[0][..1];
        var (first, last) = (int.Parse(range[0][1..]), int.Parse(range[1][1..]));
        return Enumerable.Range(first, last - first + 1)
            .Select(row => double.Parse(cells[$"{column}{row}"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>Column A of the workbook below the header: the categories.</summary>
    public IReadOnlyList<string> WorkbookCategories()
    {
        using var workbook = OpenWorkbook();
        return workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<S.Cell>()
            .Where(c => c.CellReference!.Value!.StartsWith('A') && c.CellReference.Value != "A1")
            .Select(c => c.InnerText).ToList();
    }
}

public sealed record ChartSeries(string Name, IReadOnlyList<string> Categories, IReadOnlyList<double> Values, string ValuesReference, IReadOnlyList<string> Labels, bool IsInvisible);
