using System.Net;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// The code another site pastes to show a chart: an iframe of the chart's embed page, and the host script
/// (<c>/js/embed.js</c>, at a stable address) that sizes the iframe to its content. Without the script, or
/// before it runs, the iframe keeps <see cref="FallbackHeight"/>. The chart page's export panel and oEmbed
/// hand out the same code.
/// </summary>
public static class EmbedCode
{
    /// <summary>Tall enough for a chart card with its source line at a desktop column width.</summary>
    public const int FallbackHeight = 620;

    /// <summary>The host script: not fingerprinted, since host pages keep the address they were given.</summary>
    public const string HostScriptPath = "/js/embed.js";

    public static string Html(string embedUrl, string title, string hostScriptUrl, int height = FallbackHeight) =>
        $"<iframe src=\"{WebUtility.HtmlEncode(embedUrl)}\" title=\"{WebUtility.HtmlEncode(title)}\" width=\"100%\" height=\"{height}\" frameborder=\"0\" loading=\"lazy\" data-aws-korea-embed></iframe>"
        + $"<script src=\"{WebUtility.HtmlEncode(hostScriptUrl)}\" async></script>";
}
