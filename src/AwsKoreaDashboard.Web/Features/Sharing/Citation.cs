using System.Text.RegularExpressions;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// How to cite a chart or a figure, in four formats. Each names the dashboard, the chart or figure, its
/// canonical URL and the date of the data, and then the original article for the article's figures. The date
/// accessed is the reader's, and pages are stored and served to everyone alike, so each text holds a token
/// where it goes (<see cref="AccessedToken"/>): the page's script writes today's date there
/// (wwwroot/js/cite.js), and a download writes a placeholder.
/// </summary>
public sealed partial record Citation(string Url, DateOnly DataDate, string Apa, string Chicago, string BibTex, string Ris)
{
    /// <summary>The formats as the page names them, in order.</summary>
    public IEnumerable<(string Key, string Name, string Text)> Formats =>
    [
        ("apa", "APA 7", Apa),
        ("chicago", "Chicago", Chicago),
        ("bibtex", "BibTeX", BibTex),
        ("ris", "RIS", Ris),
    ];

    /// <summary><c>{accessed:long}</c> (APA, Chicago: "December 2, 2026"), <c>{accessed:iso}</c> (BibTeX), <c>{accessed:ris}</c> (2026/12/02).</summary>
    [GeneratedRegex(@"\{accessed:(long|iso|ris)\}")]
    public static partial Regex AccessedToken();

    public static string Accessed(string style) => $"{{accessed:{style}}}";

    /// <summary>The text with the date accessed given as <paramref name="placeholder"/> (downloads, which cannot know it).</summary>
    public static string WithAccessed(string text, string placeholder) => AccessedToken().Replace(text, placeholder);

    /// <summary>Each part of a text: plain text, or the style of a date-accessed slot.</summary>
    public static IEnumerable<(string Text, string? AccessedStyle)> Parts(string text)
    {
        var last = 0;
        foreach (Match match in AccessedToken().Matches(text))
        {
            yield return (text[last..match.Index], null);
            yield return ("", match.Groups[1].Value);
            last = match.Index + match.Length;
        }

        yield return (text[last..], null);
    }
}
