using System.Xml.Linq;
using static AwsKoreaDashboard.Web.Features.Briefing.OfficeXml;
using static AwsKoreaDashboard.Web.Features.Briefing.SlideText;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// The slide master, its layouts (one per <see cref="SlideKind"/>), the notes master and the text styles:
/// what makes an edited or added slide look like the others.
/// </summary>
internal static class DeckLayouts
{
    private static readonly XElement ColorMap = new(P + "clrMap",
        new XAttribute("bg1", "lt1"), new XAttribute("tx1", "dk1"), new XAttribute("bg2", "lt2"), new XAttribute("tx2", "dk2"),
        new XAttribute("accent1", "accent1"), new XAttribute("accent2", "accent2"), new XAttribute("accent3", "accent3"),
        new XAttribute("accent4", "accent4"), new XAttribute("accent5", "accent5"), new XAttribute("accent6", "accent6"),
        new XAttribute("hlink", "hlink"), new XAttribute("folHlink", "folHlink"));

    public static XElement Master(string language, IEnumerable<(uint Id, string RelationshipId)> layouts) =>
        new(P + "sldMaster",
            new XElement(P + "cSld",
                new XElement(P + "bg", new XElement(P + "bgRef", new XAttribute("idx", 1001), new XElement(A + "schemeClr", new XAttribute("val", "bg1")))),
                ShapeTree(
                    [
                        Placeholder(2, "Title Placeholder 1", "title", null, SlideBoxes.Title, [Paragraph(language, Run("Title", language))], "b"),
                        Placeholder(3, "Text Placeholder 2", "body", 1, SlideBoxes.SourceList, [Paragraph(language, Run("Text", language))]),
                        MasterSlideNumber(4, language),
                    ])),
            new XElement(ColorMap),
            new XElement(P + "sldLayoutIdLst", layouts.Select(l => new XElement(P + "sldLayoutId", new XAttribute("id", l.Id), new XAttribute(R + "id", l.RelationshipId)))),
            new XElement(P + "txStyles",
                new XElement(P + "titleStyle", Level(1, 2800, bold: true, major: true, DeckPalette.Text)),
                new XElement(P + "bodyStyle", Level(1, 1800, bold: false, major: false, DeckPalette.Text), Level(2, 1600, bold: false, major: false, DeckPalette.Text)),
                new XElement(P + "otherStyle", Level(1, 1800, bold: false, major: false, DeckPalette.Text))));

    public static XElement Layout(SlideKind kind, string language)
    {
        var (type, name, shapes) = kind switch
        {
            SlideKind.Title => ("title", "Title", new[]
            {
                Placeholder(2, "Title 1", "ctrTitle", null, SlideBoxes.StoryTitle, [], "b"),
                Placeholder(3, "Subtitle 2", "subTitle", 1, SlideBoxes.StorySummary, []),
                LayoutSlideNumber(4, language),
            }),
            SlideKind.Chart => ("titleOnly", "Chart", new[]
            {
                Placeholder(2, "Title 1", "title", null, SlideBoxes.Title, [], "b"),
                LayoutSlideNumber(3, language),
            }),
            _ => ("obj", "Sources", new[]
            {
                Placeholder(2, "Title 1", "title", null, SlideBoxes.Title, [], "b"),
                Placeholder(3, "Content 2", "body", 1, SlideBoxes.SourceList, []),
                LayoutSlideNumber(4, language),
            }),
        };
        return new XElement(P + "sldLayout", new XAttribute("type", type), new XAttribute("preserve", 1),
            new XElement(P + "cSld", new XAttribute("name", name), ShapeTree(shapes)),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));
    }

    public static XElement NotesMaster(string language) =>
        new(P + "notesMaster",
            new XElement(P + "cSld",
                new XElement(P + "bg", new XElement(P + "bgRef", new XAttribute("idx", 1001), new XElement(A + "schemeClr", new XAttribute("val", "bg1")))),
                ShapeTree(
                    [
                        SlideImage(2),
                        Placeholder(3, "Notes Placeholder 2", "body", 1, NotesBody, [Paragraph(language, Run("Notes", language))]),
                    ])),
            new XElement(ColorMap),
            new XElement(P + "notesStyle", Level(1, 1200, bold: false, major: false, DeckPalette.Text)));

    public static XElement NotesSlide(IEnumerable<XElement> paragraphs) =>
        new(P + "notes",
            new XElement(P + "cSld", ShapeTree(
                [
                    SlideImage(2),
                    Placeholder(3, "Notes Placeholder 2", "body", 1, NotesBody, paragraphs),
                ])),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));

    public static XElement DefaultTextStyle(string language) =>
        new(P + "defaultTextStyle", Level(1, 1800, bold: false, major: false, DeckPalette.Text, language));

    private static readonly Box NotesBody = new(685800, 4343400, 5486400, 4114800);

    private static XElement SlideImage(int id) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", "Slide Image Placeholder 1")),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1), new XAttribute("noRot", 1), new XAttribute("noChangeAspect", 1))),
                new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", "sldImg")))),
            new XElement(P + "spPr", Transform(381000, 685800, 6096000, 3429000, A)));

    private static XElement MasterSlideNumber(int id, string language) => SlideNumberShape(id, 4, language);

    private static XElement LayoutSlideNumber(int id, string language) => SlideNumberShape(id, 12, language);

    private static XElement SlideNumberShape(int id, int index, string language) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Slide Number Placeholder {id}")),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1))),
                new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", "sldNum"), new XAttribute("sz", "quarter"), new XAttribute("idx", index)))),
            new XElement(P + "spPr", Transform(SlideBoxes.Number.X, SlideBoxes.Number.Y, SlideBoxes.Number.Width, SlideBoxes.Number.Height, A)),
            new XElement(P + "txBody",
                new XElement(A + "bodyPr"),
                new XElement(A + "lstStyle"),
                new XElement(A + "p", new XElement(A + "pPr", new XAttribute("algn", "r")), SlideNumberField(0, language), new XElement(A + "endParaRPr", new XAttribute("lang", language)))));

    /// <summary>One level of a text style: size, weight, colour, no bullets, the theme's fonts.</summary>
    private static XElement Level(int level, int size, bool bold, bool major, string color, string? language = null)
    {
        var fonts = major ? "+mj" : "+mn";
        return new XElement(A + $"lvl{level}pPr",
            new XAttribute("marL", 0), new XAttribute("indent", 0), new XAttribute("algn", "l"),
            new XElement(A + "lnSpc", new XElement(A + "spcPct", new XAttribute("val", 100000))),
            new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", 300))),
            new XElement(A + "buNone"),
            new XElement(A + "defRPr",
                language is null ? null : new XAttribute("lang", language),
                new XAttribute("sz", size), new XAttribute("b", bold ? 1 : 0),
                Solid(color),
                new XElement(A + "latin", new XAttribute("typeface", $"{fonts}-lt")),
                new XElement(A + "ea", new XAttribute("typeface", $"{fonts}-ea")),
                new XElement(A + "cs", new XAttribute("typeface", $"{fonts}-cs"))));
    }
}
