using System.Xml.Linq;
using static AwsKoreaDashboard.Web.Features.Briefing.OfficeXml;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>Shapes and text runs of a slide, as PowerPoint writes them; every run carries its language.</summary>
internal static class SlideText
{
    /// <summary>The id PowerPoint gives the slide-number field; the same in the master, layouts and slides.</summary>
    private const string SlideNumberFieldId = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}";

    public static XElement ShapeTree(params IEnumerable<XElement?>[] shapes) =>
        new(P + "spTree",
            new XElement(P + "nvGrpSpPr", new XElement(P + "cNvPr", new XAttribute("id", 1), new XAttribute("name", "")), new XElement(P + "cNvGrpSpPr"), new XElement(P + "nvPr")),
            new XElement(P + "grpSpPr", new XElement(A + "xfrm",
                new XElement(A + "off", new XAttribute("x", 0), new XAttribute("y", 0)),
                new XElement(A + "ext", new XAttribute("cx", 0), new XAttribute("cy", 0)),
                new XElement(A + "chOff", new XAttribute("x", 0), new XAttribute("y", 0)),
                new XElement(A + "chExt", new XAttribute("cx", 0), new XAttribute("cy", 0)))),
            shapes.SelectMany(s => s).OfType<XElement>());

    /// <summary>A placeholder (title, body, slide number...) at a position, with its paragraphs.</summary>
    public static XElement Placeholder(int id, string name, string type, int? index, Box box, IEnumerable<XElement> paragraphs, string anchor = "t") =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1))),
                new XElement(P + "nvPr", new XElement(P + "ph",
                    new XAttribute("type", type),
                    type is "sldNum" ? new XAttribute("sz", "quarter") : null,
                    index is { } i ? new XAttribute("idx", i) : null))),
            new XElement(P + "spPr", Transform(box.X, box.Y, box.Width, box.Height, A)),
            Body(paragraphs, anchor));

    /// <summary>A text box (not a placeholder). Boxes are sized for their text (<see cref="TextMeasure"/>): none asks the renderer to shrink it.</summary>
    public static XElement TextBox(int id, string name, Box box, IEnumerable<XElement> paragraphs, string anchor = "t") =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr", new XAttribute("txBox", 1)),
                new XElement(P + "nvPr")),
            new XElement(P + "spPr", Transform(box.X, box.Y, box.Width, box.Height, A),
                new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")),
                new XElement(A + "noFill")),
            Body(paragraphs, anchor));

    public static XElement Body(IEnumerable<XElement> paragraphs, string anchor = "t")
    {
        var list = paragraphs.ToList();
        return new XElement(P + "txBody",
            new XElement(A + "bodyPr", new XAttribute("wrap", "square"), new XAttribute("lIns", 0), new XAttribute("rIns", 0), new XAttribute("anchor", anchor), new XElement(A + "noAutofit")),
            new XElement(A + "lstStyle"),
            list.Count > 0 ? list : [new XElement(A + "p")]);
    }

    public static XElement Paragraph(string language, params XElement[] runs) => Paragraph(language, null, runs);

    public static XElement Paragraph(string language, string? align, params XElement[] runs) =>
        new(A + "p",
            align is null ? null : new XElement(A + "pPr", new XAttribute("algn", align)),
            runs,
            new XElement(A + "endParaRPr", new XAttribute("lang", language)));

    public static XElement Run(string text, string language, int? points = null, bool bold = false, string? color = null, string? linkId = null) =>
        new(A + "r",
            new XElement(A + "rPr",
                new XAttribute("lang", language),
                points is { } size ? new XAttribute("sz", size * 100) : null,
                bold ? new XAttribute("b", 1) : null,
                color is null ? null : Solid(color),
                linkId is null ? null : new XElement(A + "hlinkClick", new XAttribute(R + "id", linkId))),
            new XElement(A + "t", text));

    /// <summary>The slide-number placeholder, showing this slide's number until PowerPoint renumbers it.</summary>
    public static XElement SlideNumber(int id, int number, string language) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Slide Number {id}")),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1))),
                new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", "sldNum"), new XAttribute("sz", "quarter"), new XAttribute("idx", 12)))),
            new XElement(P + "spPr", Transform(SlideBoxes.Number.X, SlideBoxes.Number.Y, SlideBoxes.Number.Width, SlideBoxes.Number.Height, A)),
            new XElement(P + "txBody",
                new XElement(A + "bodyPr"),
                new XElement(A + "lstStyle"),
                new XElement(A + "p",
                    new XElement(A + "pPr", new XAttribute("algn", "r")),
                    SlideNumberField(number, language),
                    new XElement(A + "endParaRPr", new XAttribute("lang", language)))));

    public static XElement SlideNumberField(int number, string language) =>
        new(A + "fld", new XAttribute("id", SlideNumberFieldId), new XAttribute("type", "slidenum"),
            new XElement(A + "rPr", new XAttribute("lang", language), new XAttribute("sz", 1100), Solid(DeckPalette.Muted)),
            new XElement(A + "t", number == 0 ? "‹#›" : number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>A rectangle on the slide, in EMU.</summary>
internal readonly record struct Box(long X, long Y, long Width, long Height);
