using Microsoft.Extensions.Localization;

namespace AwsKoreaDashboard.Web.Formatting;

/// <summary>
/// The one way a converted amount is marked, in the reader's language, wherever it is shown: pages, charts,
/// tables, chart images, the .pptx, CSV and JSON, the since timeline. The word is one resx key per language
/// (<c>ConvertedShort</c>); a chart label's short form (<c>ConvertedMark</c>: "$76.4B†") and a figure inside a
/// bracket (<c>ConvertedMarkInBrackets</c>) are templates around the same mark.
/// </summary>
public sealed class ConvertedMark(IStringLocalizer localizer)
{
    /// <summary>"환산", "converted".</summary>
    public string Word => localizer["ConvertedShort"];

    /// <summary>"$76.4B (converted)", "764억 달러 (환산)": sentences, tables, text alternatives, files.</summary>
    public string Label(string text) => $"{text} ({Word})";

    /// <summary>
    /// "$76.4B†", "764억 달러 (환산)": short enough for a value label on a phone or a slide; the chart's rate line
    /// ("† Converted at the article's implied rate …") explains it.
    /// </summary>
    public string OnChart(string text) => localizer["ConvertedMark", text];

    /// <summary>"지난 5년(약 2.72조 원, 환산)", not "(약 2.72조 원 (환산))": no brackets inside brackets.</summary>
    public string InBrackets(string text) => localizer["ConvertedMarkInBrackets", text];
}
