using System.Net;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// The code another site pastes to show a chart: an iframe of the chart's embed page, and the host script
/// (<c>/js/embed.js</c>, at a stable address) that sizes the iframe to its content. Without the script, or
/// before it runs, the iframe keeps <see cref="FallbackHeight"/>. The chart page's export panel and oEmbed
/// hand out the same code. It is valid HTML in the host's page (no percentage <c>width</c>, no obsolete
/// <c>frameborder</c>): the column's width and no border come from a <c>style</c> attribute. Where a host page's
/// Content-Security-Policy refuses that attribute, the host script applies it through the CSSOM, which such a
/// policy still allows.
/// </summary>
public static class EmbedCode
{
    /// <summary>Tall enough for a chart card with its source line at a desktop column width.</summary>
    public const int FallbackHeight = 620;

    /// <summary>The host script: not fingerprinted, since host pages keep the address they were given.</summary>
    public const string HostScriptPath = "/js/embed.js";

    /// <summary>The iframe's own style: the host's column wide, no border (js/embed.js applies it where a CSP refused it).</summary>
    public const string Style = "width:100%;border:0";

    public static string Html(string embedUrl, string title, string hostScriptUrl, int height = FallbackHeight) =>
        $"<iframe src=\"{WebUtility.HtmlEncode(embedUrl)}\" title=\"{WebUtility.HtmlEncode(title)}\" height=\"{height}\" loading=\"lazy\" style=\"{Style}\" data-aws-korea-embed></iframe>"
        + $"<script src=\"{WebUtility.HtmlEncode(hostScriptUrl)}\" async></script>";
}
