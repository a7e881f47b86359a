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
}
