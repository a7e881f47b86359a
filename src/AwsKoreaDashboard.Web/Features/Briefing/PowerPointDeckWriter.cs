using System.Globalization;
using System.Xml.Linq;
using AwsKoreaDashboard.Web.Catalog;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using static AwsKoreaDashboard.Web.Features.Briefing.OfficeXml;
using static AwsKoreaDashboard.Web.Features.Briefing.SlideText;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// Writes a <see cref="BriefingDeck"/> as a 16:9 PowerPoint file with the Open XML SDK: a slide master with
/// one layout per slide kind (title, chart, sources), a theme, a notes master, and per chart slide a native
/// chart with its own embedded workbook and speaker notes quoting every figure on it. Only parts PowerPoint
/// itself writes; PowerPoint is not on the machines this was built on (see the README).
/// </summary>
public static class PowerPointDeckWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private const uint FirstSlideId = 256;
    private const uint MasterId = 2147483648;

    public static byte[] Write(BriefingDeck deck)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            Compose(document, deck);
        }

        return DeterministicPackage.Normalize(stream.ToArray());
    }

    private static void Compose(PresentationDocument document, BriefingDeck deck)
    {
        var language = deck.LanguageTag;
        var presentation = document.AddPresentationPart();

        var theme = presentation.AddNewPart<ThemePart>();
        WritePart(theme, DeckTheme.Theme());

        var master = presentation.AddNewPart<SlideMasterPart>();
        master.AddPart(theme);
        var layouts = new Dictionary<SlideKind, SlideLayoutPart>();
        foreach (var kind in Enum.GetValues<SlideKind>())
        {
            var layout = master.AddNewPart<SlideLayoutPart>();
            layout.AddPart(master);
            WritePart(layout, DeckLayouts.Layout(kind, language));
            layouts[kind] = layout;
        }

        WritePart(master, DeckLayouts.Master(language, layouts.Values.Select((layout, i) => (MasterId + 1 + (uint)i, master.GetIdOfPart(layout)))));

        var notesMaster = presentation.AddNewPart<NotesMasterPart>();
        var notesTheme = notesMaster.AddNewPart<ThemePart>();
        WritePart(notesTheme, DeckTheme.Theme());
        WritePart(notesMaster, DeckLayouts.NotesMaster(language));

        var slides = new List<SlidePart>();
        var number = 0;
        if (deck.Story is { } story)
        {
            slides.Add(AddSlide(presentation, layouts[SlideKind.Title], notesMaster,
                _ => TitleSlide(deck, story, ++number),
                _ => [Paragraph(language, Run(deck.Text(story.Summary), language))]));
        }

        foreach (var chart in deck.Charts)
        {
            slides.Add(AddSlide(presentation, layouts[SlideKind.Chart], notesMaster,
                slide => ChartSlide(slide, deck, chart, ++number),
                notes => ChartNotes(notes, deck, chart)));
        }

        if (deck.Since is { } since)
        {
            slides.Add(AddSlide(presentation, layouts[SlideKind.Chart], notesMaster,
                slide => SinceSlide(slide, deck, since, ++number),
                notes => SinceNotes(notes, deck, since)));
        }

        foreach (var page in deck.SourcePages.Pages)
        {
            slides.Add(AddSlide(presentation, layouts[SlideKind.Sources], notesMaster,
                slide => SourcesSlide(slide, deck, page, ++number),
                _ => [Paragraph(language, Run(deck.Words.SourcesNote, language))]));
        }

        WritePart(presentation.AddNewPart<PresentationPropertiesPart>(), new XElement(P + "presentationPr"));
        WritePart(presentation.AddNewPart<ViewPropertiesPart>(), new XElement(P + "viewPr"));
        WritePart(presentation.AddNewPart<TableStylesPart>(), new XElement(A + "tblStyleLst", new XAttribute("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}")));

        WritePart(presentation, new XElement(P + "presentation",
            new XAttribute("saveSubsetFonts", 1),
            new XElement(P + "sldMasterIdLst", new XElement(P + "sldMasterId", new XAttribute("id", MasterId), new XAttribute(R + "id", presentation.GetIdOfPart(master)))),
            new XElement(P + "notesMasterIdLst", new XElement(P + "notesMasterId", new XAttribute(R + "id", presentation.GetIdOfPart(notesMaster)))),
            new XElement(P + "sldIdLst", slides.Select((slide, i) => new XElement(P + "sldId", new XAttribute("id", FirstSlideId + (uint)i), new XAttribute(R + "id", presentation.GetIdOfPart(slide))))),
            new XElement(P + "sldSz", new XAttribute("cx", SlideWidth), new XAttribute("cy", SlideHeight)),
            new XElement(P + "notesSz", new XAttribute("cx", 6858000), new XAttribute("cy", 9144000)),
            DeckLayouts.DefaultTextStyle(language)));

        var app = document.AddExtendedFilePropertiesPart();
        using (var stream = app.GetStream(FileMode.Create, FileAccess.Write))
        {
            XNamespace ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
            new XDocument(new XElement(ep + "Properties",
                new XElement(ep + "Application", deck.Words.DashboardName),
                new XElement(ep + "PresentationFormat", "Widescreen"),
                new XElement(ep + "Slides", slides.Count),
                new XElement(ep + "Notes", slides.Count))).Save(stream);
        }

        // docProps/core.xml, where PowerPoint keeps it (the package API's own properties part is named otherwise).
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        using (var stream = document.AddCoreFilePropertiesPart().GetStream(FileMode.Create, FileAccess.Write))
        {
            new XDocument(new XElement(cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", cp.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "dc", dc.NamespaceName),
                new XElement(dc + "title", deck.Title),
                new XElement(dc + "creator", deck.Words.DashboardName),
                new XElement(dc + "language", language))).Save(stream);
        }
    }

    private static SlidePart AddSlide(PresentationPart presentation, SlideLayoutPart layout, NotesMasterPart notesMaster,
        Func<SlidePart, XElement> slide, Func<NotesSlidePart, IEnumerable<XElement>> notes)
    {
        var part = presentation.AddNewPart<SlidePart>();
        part.AddPart(layout);
        var notesPart = part.AddNewPart<NotesSlidePart>();
        notesPart.AddPart(notesMaster);
        notesPart.AddPart(part);
        WritePart(part, new XElement(P + "sld", new XElement(P + "cSld", slide(part)), new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping"))));
        WritePart(notesPart, DeckLayouts.NotesSlide(notes(notesPart)));
        return part;
    }

    private static XElement TitleSlide(BriefingDeck deck, StoryRecord story, int number)
    {
        var language = deck.LanguageTag;
        var words = deck.Words;
        var source = story.PrimarySource;
        var announced = story.AnnouncedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ShapeTree(
            [
                TextBox(2, "Deck", SlideBoxes.Kicker, [Paragraph(language, Run(deck.Title, language, 20, bold: true, color: DeckPalette.Highlight))]),
                Placeholder(3, "Title", "ctrTitle", null, SlideBoxes.StoryTitle, [Paragraph(language, Run(deck.Text(story.Title), language))], "b"),
                Placeholder(4, "Subtitle", "subTitle", 1, SlideBoxes.StorySummary, [Paragraph(language, Run(deck.Text(story.Summary), language))]),
                TextBox(5, "Announced", SlideBoxes.StoryMeta,
                [
                    Paragraph(language,
                        Run($"{words.Announced} {announced} · {words.SourcePrefix}: {deck.Text(source.Publisher)}, ", language, 14, color: DeckPalette.Muted),
                        Run($"「{source.Headline}」", LanguageOf(source), 14, color: DeckPalette.Muted),
                        Run($", {Date(source.PublishedOn, words)}", language, 14, color: DeckPalette.Muted)),
                ]),
                TextBox(6, "Dashboard", SlideBoxes.Dashboard, [Paragraph(language, Run($"{words.DashboardName} · {announced}", language, 14, bold: true, color: DeckPalette.Text))]),
                SlideNumber(7, number, language),
                deck.Since is { } since
                    ? TextBox(8, "Since", SlideBoxes.SinceMeta, [Paragraph(language, Run($"{since.SourcesHeading}: {string.Join(" · ", since.Chart.ChartedEvents.Where(e => !e.IsFromArticle).Select(EventPresenter.EventDate))}", language, SlideBoxes.SmallPoints, color: DeckPalette.Highlight))])
                    : null,
            ]);
    }

    /// <summary>A chart part on the slide with its data as an embedded workbook (PowerPoint's "Edit Data"); the workbook's id.</summary>
    private static (ChartPart Part, string WorkbookId) AddChartWithWorkbook(SlidePart slide, ChartSheet sheet)
    {
        var chartPart = slide.AddNewPart<ChartPart>();
        var workbook = chartPart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var buffer = new MemoryStream())
        {
            ChartWorkbookWriter.Write(sheet, buffer);
            buffer.Position = 0;
            workbook.FeedData(buffer);
        }

        return (chartPart, chartPart.GetIdOfPart(workbook));
    }

    private static XElement ChartSlide(SlidePart slide, BriefingDeck deck, BriefingChartSlide chartSlide, int number)
    {
        var language = deck.LanguageTag;
        var view = chartSlide.Chart;
        var sheet = ChartSheet.For(view, deck.Words);

        var (chartPart, workbookId) = AddChartWithWorkbook(slide, sheet);
        WritePart(chartPart, NativeChartWriter.ChartSpace(view, sheet, language, workbookId));

        var small = new List<string>();
        if (view.Note is { } note)
        {
            small.Add($"{deck.Words.NoteLabel}: {note}");
        }

        if (chartSlide.ConversionNote is { } conversion)
        {
            small.Add(conversion);
        }

        var boxes = SlideBoxes.ForChart(view.Title, view.Subtitle, view.Takeaway, small, view.SourceLine);
        var notes = small.Select(line => Paragraph(language, Run(line, language, SlideBoxes.SmallPoints, color: DeckPalette.Muted))).ToList();
        return ChartShapes(slide, chartPart, boxes, language, view.Key, view.AltText, (view.Title, view.Subtitle, view.Takeaway, view.SourceLine), notes, number);
    }

    /// <summary>
    /// A chart slide's shapes: title, subtitle, the native chart, takeaway, the small lines under it (none: no
    /// box), source and slide number, in the boxes measured for them.
    /// </summary>
    private static XElement ChartShapes(
        SlidePart slide, ChartPart chartPart, ChartSlideBoxes boxes, string language, string key, string altText,
        (string Title, string Subtitle, string Takeaway, string SourceLine) text, IReadOnlyList<XElement> notes, int number)
    {
        var box = boxes.Chart;
        return ShapeTree(
            [
                Placeholder(2, "Title", "title", null, boxes.Title, [Paragraph(language, Run(text.Title, language))], "b"),
                TextBox(3, "Subtitle", boxes.Subtitle, [Paragraph(language, Run(text.Subtitle, language, SlideBoxes.SubtitlePoints, color: DeckPalette.Muted))]),
                new XElement(P + "graphicFrame",
                    new XElement(P + "nvGraphicFramePr",
                        new XElement(P + "cNvPr", new XAttribute("id", 4), new XAttribute("name", $"Chart {key}"), new XAttribute("descr", altText)),
                        new XElement(P + "cNvGraphicFramePr", new XElement(A + "graphicFrameLocks", new XAttribute("noGrp", 1))),
                        new XElement(P + "nvPr")),
                    Transform(box.X, box.Y, box.Width, box.Height, P),
                    new XElement(A + "graphic", new XElement(A + "graphicData", new XAttribute("uri", C.NamespaceName),
                        new XElement(C + "chart", new XAttribute(R + "id", slide.GetIdOfPart(chartPart)))))),
                TextBox(5, "Takeaway", boxes.Takeaway, [Paragraph(language, Run(text.Takeaway, language, SlideBoxes.TakeawayPoints, color: DeckPalette.Text))]),
                notes.Count > 0 ? TextBox(6, "Note", boxes.Notes, notes) : null,
                TextBox(7, "Source", boxes.Source, [Paragraph(language, Run(text.SourceLine, language, SlideBoxes.SmallPoints, color: DeckPalette.Muted))]),
                SlideNumber(8, number, language),
            ]);
    }

    /// <summary>Speaker notes: the takeaway, then every figure on the slide with its verbatim Korean quote,
    /// its English rendering, and the publisher, date and link of its source.</summary>
    private static IEnumerable<XElement> ChartNotes(NotesSlidePart notes, BriefingDeck deck, BriefingChartSlide chartSlide)
    {
        var language = deck.LanguageTag;
        var view = chartSlide.Chart;
        yield return Paragraph(language, Run(view.Takeaway, language, bold: true));
        if (view.Note is { } note)
        {
            yield return Paragraph(language, Run($"{deck.Words.NoteLabel}: {note}", language));
        }

        if (chartSlide.ConversionNote is { } conversion)
        {
            yield return Paragraph(language, Run(conversion, language));
        }

        foreach (var figure in view.Evidence)
        {
            var citation = figure.Citation!;
            var source = citation.Source;
            yield return Paragraph(language);
            yield return Paragraph(language, Run($"{deck.Text(figure.Label)} · {figure.Format(deck.Culture)}", language, bold: true));
            yield return Paragraph(language, Run($"“{citation.Quote}”", "ko-KR"));
            yield return Paragraph(language, Run($"“{citation.QuoteEn}”", "en-US"));
            var line = $"{deck.Text(source.Publisher)}, {Date(source.PublishedOn, deck.Words)}";
            yield return source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                ? Paragraph(language, Run($"{line}, ", language), Run(url, language, linkId: notes.AddHyperlinkRelationship(uri, true).Id))
                : Paragraph(language, Run(line, language));
        }
    }

    /// <summary>
    /// The since-the-article chart: a native floating bar per commitment over its years (the years on the axis),
    /// its amount (as /since shows it, converted ones marked) on a line of its own under its label, its own workbook, and a line saying the follow-ups
    /// are not from the original article. No amount is added to another.
    /// </summary>
    private static XElement SinceSlide(SlidePart slide, BriefingDeck deck, BriefingSinceSlide since, int number)
    {
        var language = deck.LanguageTag;
        var chart = since.Chart.Chart;
        var sheet = ChartSheet.ForSince(since);

        var (chartPart, workbookId) = AddChartWithWorkbook(slide, sheet);
        WritePart(chartPart, NativeChartWriter.ChartSpace("range", chart.Axis, chart.Axis.Max ?? 0, sheet, language, workbookId));

        // The flag that the slide is not from the article, then how converted amounts were converted, if any are.
        List<string> small = since.RateLine is { } rateLine ? [since.NotFromArticle, rateLine] : [since.NotFromArticle];
        var boxes = SlideBoxes.ForChart(chart.Title, chart.Subtitle, chart.Takeaway, small, since.SourceLine);
        List<XElement> notes =
        [
            Paragraph(language, Run(since.NotFromArticle, language, SlideBoxes.SmallPoints, bold: true, color: DeckPalette.Highlight)),
            .. since.RateLine is { } rate ? [Paragraph(language, Run(rate, language, SlideBoxes.SmallPoints, color: DeckPalette.Muted))] : Array.Empty<XElement>(),
        ];
        return ChartShapes(slide, chartPart, boxes, language, since.Key, since.Chart.AltText, (chart.Title, chart.Subtitle, chart.Takeaway, since.SourceLine), notes, number);
    }

    /// <summary>
    /// Speaker notes of the since slide: that it is not from the original article, then each bar with its
    /// amount and, for a follow-up, every outlet that reported it with the values that outlet gave, its date
    /// and its link; for the article's bars, the article itself.
    /// </summary>
    private static IEnumerable<XElement> SinceNotes(NotesSlidePart notes, BriefingDeck deck, BriefingSinceSlide since)
    {
        var language = deck.LanguageTag;
        var events = since.Chart.Events;
        var chart = since.Chart;
        yield return Paragraph(language, Run(chart.Chart.Takeaway, language, bold: true));
        yield return Paragraph(language, Run(since.NotFromArticle, language));
        foreach (var e in chart.ChartedEvents)
        {
            yield return Paragraph(language);
            foreach (var row in chart.Rows.Where(r => r.EventKey == e.Key))
            {
                yield return Paragraph(language, Run($"{row.Label} · {row.From}–{row.To} · {row.Amount} · {row.Origin}", language, bold: true));
            }

            yield return Paragraph(language, Run($"{EventPresenter.EventDate(e)}: {events.Text(e.Summary)}", language));
            if (e.IsFromArticle)
            {
                var article = since.ArticleSource;
                yield return Link(notes, language, $"{deck.Text(article.Publisher)}, {Date(article.PublishedOn, deck.Words)}", article.Url);
                continue;
            }

            foreach (var citation in e.Citations)
            {
                var given = citation.Values
                    .Select(v => (Text: events.Format(v.Value, v.Currency, v.Approximate, v.Qualifier), v.Converted))
                    .Select(v => v.Converted ? events.Converted.Label(v.Text) : v.Text)
                    .Distinct();
                var via = citation.Via is null ? "" : $" ({citation.Via})";
                var line = $"{events.Text(citation.Outlet.Name)}{via}, {Date(citation.PublishedOn, deck.Words)}";
                var values = string.Join(" · ", given);
                yield return Link(notes, language, values.Length > 0 ? $"{line}: {values}" : line, citation.Url);
            }
        }
    }

    private static XElement Link(NotesSlidePart notes, string language, string line, string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? Paragraph(language, Run($"{line}, ", language), Run(url, language, linkId: notes.AddHyperlinkRelationship(uri, true).Id))
            : Paragraph(language, Run(line, language));

    /// <summary>
    /// One sources slide of <see cref="BriefingDeck.SourcePages"/>, the same pages as /present: the article's
    /// sources, then the outlets that reported since under their own heading, each item's links under it, in
    /// one column of projector-sized type (see <see cref="DeckSources"/>). A continuation says so in its title.
    /// </summary>
    private static XElement SourcesSlide(SlidePart slide, BriefingDeck deck, SourcesPage page, int number)
    {
        const int points = 18;
        var language = deck.LanguageTag;
        var words = deck.Words;
        var items = new List<XElement>();

        XElement Link(SourceLink link) =>
            Uri.TryCreate(link.Url, UriKind.Absolute, out var uri)
                ? Paragraph(language, [.. link.Date is null ? [] : new[] { Run($"{link.Date} ", language, points) }, Run(link.Url, language, points, color: DeckPalette.Link, linkId: slide.AddHyperlinkRelationship(uri, true).Id)])
                : Paragraph(language, Run(link.Text, language, points));

        foreach (var source in page.Articles)
        {
            items.Add(Paragraph(language,
                Run(source.Name, language, points, bold: true),
                Run(", ", language, points),
                Run($"「{source.Headline}」", source.HeadlineLanguage ?? language, points),
                Run($"{(source.HeadlineEn is { } english ? $" ({english})" : "")}, {source.Date}", language, points)));
            items.AddRange(source.Links.Select(Link));
        }

        if (page.FollowUps.Count > 0 && deck.Since is { } since)
        {
            items.Add(Paragraph(language, Run(since.SourcesHeading, language, points, bold: true, color: DeckPalette.Highlight)));
            foreach (var outlet in page.FollowUps)
            {
                items.Add(Paragraph(language, Run(outlet.Name, language, points, bold: true)));
                items.AddRange(outlet.Links.Select(Link));
            }
        }

        return ShapeTree(
            [
                Placeholder(2, "Title", "title", null, SlideBoxes.Title, [Paragraph(language, Run(page.Continued ? words.SourcesContinued : words.SourcesHeading, language))], "b"),
                Placeholder(3, "Sources", "body", 1, SlideBoxes.SourceList, items),
                page.IsLast ? TextBox(4, "Note", SlideBoxes.SourceNote, [Paragraph(language, Run(words.SourcesNote, language, 14, color: DeckPalette.Muted))]) : null,
                SlideNumber(5, number, language),
            ]);
    }

    /// <summary>A headline is tagged with its own language: a Korean headline stays Korean in an English deck.</summary>
    private static string LanguageOf(SourceRecord source) => source.Language == "ko" ? "ko-KR" : "en-US";

    private static string Date(DateOnly? date, BriefingWords words) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? words.DateNotGiven;
}
