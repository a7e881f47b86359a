using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// The XML namespaces of PresentationML, DrawingML and charts, and writing a part's XML: parts are written
/// as LINQ to XML trees, which keeps each part readable next to the markup PowerPoint itself writes.
/// </summary>
internal static class OfficeXml
{
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>English Metric Units (the unit of DrawingML positions) per typographic point.</summary>
    public const long EmuPerPoint = 12700;

    /// <summary>The 16:9 slide PowerPoint calls "Widescreen": 33.867 × 19.05 cm.</summary>
    public const long SlideWidth = 12192000;
    public const long SlideHeight = 6858000;

    public static void WritePart(OpenXmlPart part, XElement root)
    {
        foreach (var (prefix, ns) in new[] { ("a", A), ("r", R), ("p", P), ("c", C) })
        {
            root.SetAttributeValue(XNamespace.Xmlns + prefix, ns.NamespaceName);
        }

        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(stream, SaveOptions.DisableFormatting);
    }

    public static XElement Val(XName name, object value) => new(name, new XAttribute("val", Invariant(value)));

    public static string Invariant(object value) => value switch
    {
        bool b => b ? "1" : "0",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static XElement Solid(string rgb) => new(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", rgb)));

    public static XElement Scheme(string name) => new(A + "solidFill", new XElement(A + "schemeClr", new XAttribute("val", name)));

    public static XElement Transform(long x, long y, long width, long height, XNamespace ns) =>
        new(ns + "xfrm",
            new XElement(A + "off", new XAttribute("x", x), new XAttribute("y", y)),
            new XElement(A + "ext", new XAttribute("cx", width), new XAttribute("cy", height)));
}
