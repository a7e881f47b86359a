using System.Text;
using System.Xml;
using AwsKoreaDashboard.Web.Catalog;

namespace AwsKoreaDashboard.Web.Features.Sharing;

/// <summary>
/// <c>/sitemap.xml</c>: every canonical page in every reader setting, each with its language alternates
/// (<c>xhtml:link hreflang</c>, as the page's own head names them); <c>/robots.txt</c>: everything may be
/// crawled, and where the sitemap is. Both absolute (<see cref="PublicOrigin"/>) and stored like pages.
/// </summary>
public static class SitemapApi
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (PublicOrigin origin, CatalogReader catalogs, CancellationToken cancellationToken) =>
            Results.Bytes(Sitemap(await catalogs.ReadAsync(cancellationToken), origin), "application/xml; charset=utf-8"))
            .WithMetadata(PageCache.Cacheable.Page);
        app.MapGet("/robots.txt", (PublicOrigin origin) =>
            Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {origin.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8"))
            .WithMetadata(PageCache.Cacheable.Page);
        return app;
    }

    public static byte[] Sitemap(DashboardCatalog catalog, PublicOrigin origin)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in SitePages.Canonical(catalog))
            {
                foreach (var currency in ReaderUrls.Currencies)
                {
                    foreach (var language in ReaderUrls.Languages)
                    {
                        xml.WriteStartElement("url", SitemapNamespace);
                        xml.WriteElementString("loc", SitemapNamespace, origin.Absolute(ReaderUrls.Page(language, currency, page)));
                        foreach (var (hreflang, alternate) in ReaderUrls.Languages.Select(l => (l, l)).Append(("x-default", "ko")))
                        {
                            xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                            xml.WriteAttributeString("rel", "alternate");
                            xml.WriteAttributeString("hreflang", hreflang);
                            xml.WriteAttributeString("href", origin.Absolute(ReaderUrls.Page(alternate, currency, page)));
                            xml.WriteEndElement();
                        }

                        xml.WriteEndElement();
                    }
                }
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
