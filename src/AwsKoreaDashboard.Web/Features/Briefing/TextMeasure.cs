using System.Globalization;
using System.Text;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// How much room a line of slide text takes, generously, without a font at hand: the sources pagination and
/// the .pptx text boxes are sized with it, so that no text is cut and no box has to shrink its text.
/// </summary>
internal static class TextMeasure
{
    /// <summary>EMU per typographic point.</summary>
    public const long EmuPerPoint = 12700;

    /// <summary>The text box's top and bottom insets PowerPoint and LibreOffice use when none is given (0.05 in each).</summary>
    private const long Insets = 2 * 45720;

    /// <summary>
    /// A full-width (Hangul, CJK, 「」) character is one em, any other 0.58 (Arial's bold titles average less),
    /// or as given: links and dates, mostly lower case and punctuation, average under 0.52.
    /// </summary>
    public static double Ems(string text, double latin = 0.58) =>
        text.EnumerateRunes().Sum(r => IsFullWidth(r) ? 1.0 : latin);

    /// <summary>The lines a paragraph wraps to in a line this many ems wide.</summary>
    public static int Lines(string text, double emsPerLine, double latin = 0.58) => Math.Max(1, (int)Math.Ceiling(Ems(text, latin) / emsPerLine));

    /// <summary>Whether the text has a full-width character, whose font (Noto Sans CJK) sets taller lines.</summary>
    public static bool HasFullWidth(string text) => text.EnumerateRunes().Any(IsFullWidth);

    /// <summary>
    /// The height of a text box (EMU) for these paragraphs at this size in this width: each line at the font's
    /// own spacing (Noto Sans CJK's lines are 1.45 em, Latin 1.2 em), 3 pt before each paragraph, and the insets.
    /// </summary>
    public static long Height(IEnumerable<string> paragraphs, int points, long width)
    {
        var emsPerLine = (double)width / EmuPerPoint / points;
        var total = paragraphs.Sum(p => (Lines(p, emsPerLine) * points * (HasFullWidth(p) ? 1.45 : 1.2)) + 3);
        return (long)Math.Ceiling(total * EmuPerPoint) + Insets;
    }

    private static bool IsFullWidth(Rune r) =>
        r.Value >= 0x1100 && CharUnicodeInfo.GetUnicodeCategory(r.Value) != UnicodeCategory.SpaceSeparator && r.Value is not (>= 0x2000 and < 0x2E80);
}
