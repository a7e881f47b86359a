using AngleSharp;
using AngleSharp.Dom;

namespace AwsKoreaDashboard.IntegrationTests.Pages;

/// <summary>Fetches a page and parses it with AngleSharp, as a browser without script would see it.</summary>
public static class HtmlPage
{
    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html).Address(new Uri(client.BaseAddress!, url)));
    }

    /// <summary>
    /// What a strict Content-Security-Policy needs and what keeps data from running: no script in the page
    /// but files (src) and JSON data blocks, and no on* event attributes.
    /// </summary>
    public static void AssertNoCodeInMarkup(IDocument page)
    {
        Assert.All(page.QuerySelectorAll("script"), script =>
            Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/json", script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }
}
