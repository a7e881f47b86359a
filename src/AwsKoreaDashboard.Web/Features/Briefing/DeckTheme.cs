using System.Xml.Linq;
using static AwsKoreaDashboard.Web.Features.Briefing.OfficeXml;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// The deck's theme: the dashboard's colours and a font scheme whose Hangul face is 맑은 고딕 (Malgun Gothic,
/// on Windows and in Office for Mac). A theme names one face per script and has no fallback list, so
/// Apple SD Gothic Neo, macOS's own Hangul face, is named in the font scheme's name for whoever edits it,
/// and is what Keynote substitutes.
/// </summary>
internal static class DeckTheme
{
    public const string HangulFont = "맑은 고딕";
    public const string LatinFont = "Arial";
    public const string FontSchemeName = "AWS Korea: 맑은 고딕 / Apple SD Gothic Neo";

    public static XElement Theme() =>
        new(A + "theme", new XAttribute("name", "AWS Korea Dashboard"),
            new XElement(A + "themeElements",
                new XElement(A + "clrScheme", new XAttribute("name", "AWS Korea Dashboard"),
                    Color("dk1", DeckPalette.Text),
                    Color("lt1", DeckPalette.Background),
                    Color("dk2", DeckPalette.Muted),
                    Color("lt2", DeckPalette.Surface),
                    Color("accent1", DeckPalette.Highlight),
                    Color("accent2", DeckPalette.Neutral),
                    Color("accent3", DeckPalette.Series1),
                    Color("accent4", DeckPalette.Series2),
                    Color("accent5", "2E7D5B"),
                    Color("accent6", "7A4FA3"),
                    Color("hlink", DeckPalette.Link),
                    Color("folHlink", "5A3E8C")),
                new XElement(A + "fontScheme", new XAttribute("name", FontSchemeName),
                    Fonts("majorFont"),
                    Fonts("minorFont")),
                new XElement(A + "fmtScheme", new XAttribute("name", "Office"),
                    new XElement(A + "fillStyleLst", Scheme("phClr"), Scheme("phClr"), Scheme("phClr")),
                    new XElement(A + "lnStyleLst", Line(6350), Line(12700), Line(19050)),
                    new XElement(A + "effectStyleLst", Effect(), Effect(), Effect()),
                    new XElement(A + "bgFillStyleLst", Scheme("phClr"), Scheme("phClr"), Scheme("phClr")))),
            new XElement(A + "objectDefaults"),
            new XElement(A + "extraClrSchemeLst"));

    private static XElement Color(string name, string rgb) => new(A + name, new XElement(A + "srgbClr", new XAttribute("val", rgb)));

    private static XElement Fonts(string name) =>
        new(A + name,
            new XElement(A + "latin", new XAttribute("typeface", LatinFont)),
            new XElement(A + "ea", new XAttribute("typeface", HangulFont)),
            new XElement(A + "cs", new XAttribute("typeface", "")),
            new XElement(A + "font", new XAttribute("script", "Hang"), new XAttribute("typeface", HangulFont)));

    private static XElement Line(int width) =>
        new(A + "ln", new XAttribute("w", width), new XAttribute("cap", "flat"), new XAttribute("cmpd", "sng"), new XAttribute("algn", "ctr"),
            Scheme("phClr"), new XElement(A + "prstDash", new XAttribute("val", "solid")), new XElement(A + "miter", new XAttribute("lim", 800000)));

    private static XElement Effect() => new(A + "effectStyle", new XElement(A + "effectLst"));
}
