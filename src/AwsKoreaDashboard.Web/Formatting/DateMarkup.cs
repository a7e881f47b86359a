using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace AwsKoreaDashboard.Web.Formatting;

/// <summary>
/// Text with its ISO dates ("출처: 한국경제, 2023-10-12") as <c>&lt;time&gt;</c> elements, which the style sheet
/// keeps on one line: a browser may otherwise break a date at its hyphens. The text reads the same.
/// </summary>
public static partial class DateMarkup
{
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    public static IHtmlContent Wrap(string text)
    {
        var html = new HtmlContentBuilder();
        var last = 0;
        foreach (Match date in IsoDate().Matches(text))
        {
            html.Append(text[last..date.Index]);
            html.AppendHtml($"<time datetime=\"{date.Value}\">{date.Value}</time>");
            last = date.Index + date.Length;
        }

        html.Append(text[last..]);
        return html;
    }
}
