namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// What a link preview shows of a page (Open Graph, Twitter card): its title, a description that says the
/// page's point (a chart's takeaway, a figure's value), and the preview card it names as its image.
/// <paramref name="ImagePath"/> is site-absolute; the head makes it absolute with <see cref="PublicOrigin"/>.
/// </summary>
public sealed record PagePreview(string Title, string Description, string ImagePath, string ImageAlt, string Type = "website")
{
    /// <summary>The key pages put their preview under in ViewData for the layout's head.</summary>
    public const string ViewDataKey = "Preview";
}
