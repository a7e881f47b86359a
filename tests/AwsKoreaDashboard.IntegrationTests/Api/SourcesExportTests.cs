using System.Text.Json.Nodes;
using AwsKoreaDashboard.Testing;

namespace AwsKoreaDashboard.IntegrationTests.Api;

/// <summary>sources.md carries text from data/ as text: no HTML, no Markdown that a viewer would turn into links or markup.</summary>
public sealed class SourcesExportTests
{
    [Fact]
    public async Task Sources_md_escapes_html_and_markdown_from_the_data_files()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectoryCopy(temp.Combine("data"));
        data.Edit("sources.json", root => root["sources"]!.AsArray().OfType<JsonObject>().Single(s => (string?)s["key"] == "hankyung-2023-10-12")["headline"] =
            "<img src=x onerror=alert(1)> **굵게** [링크](javascript:alert(1)) & `코드`");
        using var app = new DashboardApp(temp, data);

        var markdown = await app.CreateClient().GetStringAsync("/exports/sources.md");

        Assert.DoesNotContain("<img", markdown);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; \\*\\*굵게\\*\\* \\[링크\\](javascript:alert(1)) &amp; \\`코드\\`", markdown);
        Assert.Contains("- <https://", markdown);
    }
}
