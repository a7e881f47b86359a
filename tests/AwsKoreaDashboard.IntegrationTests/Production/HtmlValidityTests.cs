using System.Diagnostics;
using System.Text.Json;
using AwsKoreaDashboard.IntegrationTests.Pages;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Production;

/// <summary>
/// Every kind of page, in both languages, and the embed code pasted into another site's page, checked by the Nu
/// HTML Checker (vnu.jar from npm, a program no one here wrote): no errors.
/// </summary>
public sealed class HtmlValidityTests : IDisposable
{
    private static readonly string[] PageKinds =
    [
        "/", "/charts/annual-pace", "/charts/it-budget-control", "/embed/charts/annual-pace", "/figures", "/figures/jobs-per-year",
        "/figures/investment-growth-factor", "/background", "/since", "/present", "/present/why-korea", "/present/since-2023", "/present/presenter", "/present/selection",
        "/no-such-page",
    ];

    private readonly DashboardApp _app = new();
    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        _app.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task The_nu_html_checker_finds_no_error_on_any_page_kind_in_either_language()
    {
        var client = _app.NoRedirectClient();
        var files = new List<string>();
        foreach (var (language, currency) in new[] { ("ko", "KRW"), ("en", "USD") })
        {
            foreach (var page in PageKinds)
            {
                var url = $"/{language}/{currency}{(page == "/" ? "/" : page)}";
                var response = await client.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode || page == "/no-such-page", $"{url} answered {(int)response.StatusCode}");
                var file = _temp.Combine($"{language}{url.Replace('/', '_')}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files.Add(file);
            }

            // The embed code as another site pastes it, from the chart page's export panel and from oEmbed: valid in the host's page too.
            var chartPage = await HtmlPage.GetAsync(client, $"/{language}/{currency}/charts/annual-pace");
            var pasted = chartPage.QuerySelector(".export__embed")?.GetAttribute("data-embed-code");
            Assert.False(string.IsNullOrEmpty(pasted), "the chart page offers no embed code");
            using var oembed = JsonDocument.Parse(await client.GetStringAsync(
                $"/oembed?url={Uri.EscapeDataString($"http://localhost/{language}/{currency}/charts/annual-pace")}&format=json&maxheight=400"));
            foreach (var (name, code) in new[] { ("export-panel", pasted), ("oembed", oembed.RootElement.GetProperty("html").GetString()!) })
            {
                var file = _temp.Combine($"{language}_host-page_{name}.html");
                await File.WriteAllTextAsync(file, $"""
                    <!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>A host page</title></head>
                    <body><main><h1>A post</h1>{code}<p>After the chart.</p></main></body></html>
                    """);
                files.Add(file);
            }
        }

        var errors = await ValidateAsync(files);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(40)));
    }

    [Fact]
    public async Task The_checker_reports_a_figcaption_in_the_middle_of_a_figure()
    {
        // The check itself can fail: a page with the fault the first version had is reported.
        var file = _temp.Combine("broken.html");
        await File.WriteAllTextAsync(file, """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head>
            <body><figure><p>a</p><figcaption>b</figcaption><div>c</div></figure><p id="a"></p><p id="a"></p></body></html>
            """);

        var errors = await ValidateAsync([file]);

        Assert.Contains(errors, e => e.Contains("figure", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Duplicate ID", StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs vnu.jar once over the files and returns its error messages and its warnings of obsolete markup, which it
    /// reports as warnings though HTML no longer allows it (frameborder), as "file:line: message".
    /// </summary>
    private static async Task<List<string>> ValidateAsync(IReadOnlyList<string> files)
    {
        var jar = Path.Combine(RepositoryPaths.Root, "tests", "AwsKoreaDashboard.IntegrationTests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: the test project's build runs npm ci");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        // A short run: the client compiler only and the serial collector (the server compiler's and the parallel
        // collector's threads took about half of the JVM's processor time: 4.7 s against 2.4 s for seven pages).
        foreach (var argument in new[] { "-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar, "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var report = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        using var json = JsonDocument.Parse(await report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || (m.TryGetProperty("subType", out var subType) && subType.GetString() == "warning"
                && m.GetProperty("message").GetString()!.Contains("obsolete", StringComparison.OrdinalIgnoreCase)))
            .Select(m => $"{Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() : "?")}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
