using AwsKoreaDashboard.IntegrationTests.Pages;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>Every same-origin link the dashboards hand out: what readers of the site really ask for.</summary>
public static class SiteLinks
{
    /// <summary>The dashboard in each reader setting.</summary>
    public static readonly string[] Dashboards = ["/ko/KRW/", "/en/USD/", "/ko/USD/", "/en/KRW/"];

    /// <summary>The dashboards and every <c>a href</c>, <c>link href</c>, <c>script src</c> and <c>img src</c> on them that stays on the site.</summary>
    public static async Task<IReadOnlyList<string>> OfDashboardsAsync(HttpClient client)
    {
        var links = new SortedSet<string>(Dashboards, StringComparer.Ordinal);
        foreach (var dashboard in Dashboards)
        {
            var page = await HtmlPage.GetAsync(client, dashboard);
            var found = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));
            foreach (var link in found.Select(l => l.Split('#')[0]).Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal)))
            {
                links.Add(link);
            }
        }

        return [.. links];
    }
}
