using System.Text.Json;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Sharing;

/// <summary>
/// A link-preview library that consumers use (unfurl.js from npm, pinned in package-lock.json), run on the app
/// served on a real port with no public origin configured: it reads every page kind, in both languages and
/// currencies, as a chat app or CMS would, and finds the title, description and image the page states, all at
/// the app's own address; on chart pages it follows oEmbed discovery to the embed code.
/// </summary>
public sealed class LinkPreviewLibraryTests : IDisposable
{
    private readonly DashboardApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Unfurl_reads_title_description_and_image_of_every_page_kind_in_every_setting()
    {
        var address = _app.StartOnRealPort();
        var origin = address.GetLeftPart(UriPartial.Authority);
        using var client = new HttpClient { BaseAddress = address };
        var urls = PreviewTagsTests.PageKinds
            .SelectMany(page => ReaderUrls.Languages.SelectMany(language => ReaderUrls.Currencies.Select(currency => ReaderUrls.Page(language, currency, page))))
            .ToList();

        var previews = await NodeScript.RunAsync("unfurl-pages.mjs", urls.Select(u => origin + u));

        Assert.Equal(urls.Count, previews.Count);
        foreach (var (url, preview) in urls.Zip(previews))
        {
            Assert.False(preview.TryGetProperty("error", out var error), $"{url}: {error}");
            var page = await HtmlPage.GetAsync(client, url);
            string? Og(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

            Assert.Equal(Og("og:title"), preview.GetProperty("title").GetString());
            Assert.Equal(Og("og:description"), preview.GetProperty("description").GetString());
            Assert.Equal(Og("og:image"), preview.GetProperty("image").GetString());
            Assert.StartsWith(origin + "/", preview.GetProperty("image").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(origin + "/", preview.GetProperty("ogUrl").GetString(), StringComparison.Ordinal);
            Assert.Equal(1200, preview.GetProperty("imageWidth").GetInt32());
            Assert.Equal("summary_large_image", preview.GetProperty("twitterCard").GetString());
            Assert.False(string.IsNullOrWhiteSpace(preview.GetProperty("title").GetString()), url);
            Assert.False(string.IsNullOrWhiteSpace(preview.GetProperty("description").GetString()), url);
            if (url.Contains("/charts/", StringComparison.Ordinal))
            {
                Assert.Equal("rich", preview.GetProperty("oembedType").GetString());
                Assert.Contains($"src=\"{origin}{url.Replace("/embed/charts/", "/charts/", StringComparison.Ordinal).Replace("/charts/", "/embed/charts/", StringComparison.Ordinal)}\"", preview.GetProperty("oembedHtml").GetString());
            }
        }
    }
}
